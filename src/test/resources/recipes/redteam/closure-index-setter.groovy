// expect: closure-index-setter.groovy:3: not allowed in sandboxed recipes: x[key] = value inside a closure
// sb["length"] = 0 would call StringBuilder.setLength through Groovy's property write
[1].each { Integer i -> StringBuilder sb = new StringBuilder('abc'); sb['length'] = 0 }
