// Closures as java.util.function values and comparators.
// out: GVC!
// out: VA!?
// out: true false
// out: [usa, china, germany]
java.util.function.Function<String, String> shout = { String s -> s.toUpperCase() + "!" }
println shout.apply("gvc")
println shout.andThen { String s -> s + "?" }.apply("va")
java.util.function.Predicate<Integer> positive = { Integer x -> x > 0 }
println "${positive.test(3)} ${positive.negate().test(3)}"
Comparator<String> byLength = { String a, String b -> a.length() <=> b.length() }
println(["germany", "usa", "china"].stream().sorted(byLength).collect(java.util.stream.Collectors.toList()))
