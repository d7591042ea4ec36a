// expect-ok
// synchronized on an interned string literal shared JVM-wide: no gvc4j or watchdog code locks such objects.
synchronized ("gvc-sandbox-time-limit") { println "locked" }
