// expect: closure-index-untyped-reassigned.groovy:4: not allowed in sandboxed recipes: x[key] = value inside a closure
// a def variable that held a map, then any object: its type in the closure is Object, which no putAt overload takes
def target = [:]
[1].each { Integer i -> target = new StringBuilder(); target['length'] = 0 }
