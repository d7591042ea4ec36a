// expect: ClassLoader.getSystemClassLoader
println ClassLoader.getSystemClassLoader()
