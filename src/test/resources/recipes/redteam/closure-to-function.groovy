// expect-run: sandboxed recipes cast without converting
// Coercing a closure to a JDK functional interface would go through Groovy's proxy machinery; the rewritten cast
// refuses it at run time (noted: closures cannot be passed to Java streams in the sandbox).
java.util.function.Function<String, String> g = { String s -> s + "!" }
println g.apply("y")
