// expect: System.setProperty (access to the JVM
System.setProperty("gvc4j.backend", "java")
