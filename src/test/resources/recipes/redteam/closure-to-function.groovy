// expect-ok
// Coercing a closure to a JDK functional interface: the rewritten cast (RecipeCasts) wraps the recipe's own closure as
// a java.util.function type without Groovy's proxy machinery (closures could not be passed to Java streams before).
java.util.function.Function<String, String> g = { String s -> s + "!" }
println g.apply("y")
