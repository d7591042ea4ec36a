// expect: inspect
println demo().inspect()
