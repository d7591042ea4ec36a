// expect: System.exit (access to the JVM, its environment and exit)
System.exit(0)
