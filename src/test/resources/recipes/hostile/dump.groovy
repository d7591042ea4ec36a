// expect: dump
println demo().dump()
