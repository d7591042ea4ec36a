// expect: Runtime.getRuntime (access to the JVM
Runtime.getRuntime().exec("true")
