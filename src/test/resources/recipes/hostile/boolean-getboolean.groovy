// expect: Boolean.getBoolean (access to the JVM
println Boolean.getBoolean("java.awt.headless")
