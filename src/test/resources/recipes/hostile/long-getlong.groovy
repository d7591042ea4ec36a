// expect: Long.getLong (access to the JVM
println Long.getLong("sun.arch.data.model")
