// Closures used with Java streams: map, filter, reduce and collectors.
// out: [20, 40, 60]
// out: 2
// out: 6.0
// out: 60
// out: [11, 21, 31]
List<Integer> exports = [10, 20, 30]
println exports.stream().map { it * 2 }.collect(java.util.stream.Collectors.toList())
println exports.stream().filter { Integer x -> x > 10 }.count()
println exports.stream().mapToDouble { Integer x -> x / 10d }.sum()
println exports.stream().reduce(0) { Integer a, Integer b -> a + b }
println exports.stream().map { Integer x -> x + 1 }.toList()
