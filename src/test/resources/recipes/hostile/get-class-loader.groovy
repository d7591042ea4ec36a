// expect: getClass
println demo().getClass().classLoader
