// expect: closure-index-class.groovy:4: not allowed in sandboxed recipes: x[key] = value inside a closure
// [this]["class"] = ... inside a closure: rewritten to a typed putAt, which has no overload for a list with a string
// key (the dynamic property write it would be outside the sandbox is never compiled)
[1].each { Integer i -> [this]["class"] = i }
