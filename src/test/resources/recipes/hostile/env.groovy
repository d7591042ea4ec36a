// expect: System.getenv (access to the JVM
println System.getenv()
