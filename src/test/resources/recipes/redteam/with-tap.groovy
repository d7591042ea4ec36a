// expect: not allowed in sandboxed recipes
// with/tap run a closure with its delegate set to an arbitrary object.
def r = "x".with { it.toUpperCase() }
println r.tap { println it }
