// expect: (reflection
println "x".class.classLoader
