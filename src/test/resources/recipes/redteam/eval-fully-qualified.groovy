// expect: not allowed in sandboxed recipes
// Eval by its fully qualified name, no import.
println groovy.util.Eval.me("1 + 1")
