// expect: Eval.me (reflection
println Eval.me("1 + 1")
