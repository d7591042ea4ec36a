// expect: a class extending groovy.lang.Closure
// A lambda with a functional-interface target is compiled into a class implementing GeneratedLambda and wired with
// LambdaMetafactory: a second class shape besides closures, and an invokedynamic the policy lets through.
java.util.function.Function<String, String> g = (String s) -> s.toUpperCase()
println g.apply("x")
