// expect-ok
// A finalize() override runs recipe code on the JVM's finalizer thread after the recipe has returned (in the
// sandbox JVM the process halts first; in-process it is still confined recipe code).
void finalize() { println "finalized" }
println "body"
