// expect: System.getProperty (access to the JVM
println System.getProperty("user.home")
