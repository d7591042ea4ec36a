// expect: Runtime.getRuntime (access to the JVM, its environment and exit)
Runtime.getRuntime().exec("true")
