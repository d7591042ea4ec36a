// expect: not allowed in sandboxed recipes: evaluate (reflection
println evaluate("System.exit(0)")
