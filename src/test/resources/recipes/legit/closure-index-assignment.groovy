// Index assignment and reads inside closures (issue 13 item 4): on outer and local maps, lists and arrays, nested,
// as a statement and as an expression (its value is the value assigned, as outside closures).
Map<String, Integer> counts = [:]
List<String> names = ['de', 'fr', 'de', 'it', 'de']
names.each { String n -> counts[n] = (counts[n] ?: 0) + 1 }
println counts
List<Integer> slots = [0, 0]
double[] shares = new double[2]
double[][] grid = new double[2][2]
String[] firstSeen = new String[1]
names.eachWithIndex { String n, int i -> slots[i % 2] = i; shares[i % 2] = i * 1.5; grid[1][i % 2] = 3; if (i == 0) { firstSeen[0] = n } }
println slots
println shares
println grid
println firstSeen
def build = { ->
    List<Integer> xs = [1, 2, 3]
    Map<String, Integer> local = [x: 1]
    xs.each { Integer i -> local["k$i".toString()] = i * 10 }
    Integer seven = (local['y'] = 7)
    xs[-1] = 9
    println xs.collect { Integer i -> i * 2 }
    println local
    println seven
    local.each { String k, Integer v -> if (v > 10) { println k } }
}
build()
List<Integer> values = names.collect { String n -> counts[n] = 0 }
println values
println counts
// out: [de:3, fr:1, it:1]
// out: [4, 3]
// out: [6.0, 4.5]
// out: [[0.0, 0.0], [3.0, 3.0]]
// out: [de]
// out: [2, 4, 18]
// out: [x:1, k1:10, k2:20, k3:30, y:7]
// out: 7
// out: k2
// out: k3
// out: [0, 0, 0, 0, 0]
// out: [de:0, fr:0, it:0]
