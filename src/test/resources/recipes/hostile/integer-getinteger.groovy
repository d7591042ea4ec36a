// expect: Integer.getInteger (access to the JVM
println Integer.getInteger("java.version")
