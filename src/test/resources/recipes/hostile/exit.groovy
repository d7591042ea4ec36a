// expect: System.exit (access to the JVM
System.exit(0)
