// Index assignment, index reads, each and collect inside closures, on typed maps, lists and arrays (issue 13 item 4).
// out: [2, 4, 6]
// out: [x:1, k1:1, k2:2, k3:3]
// out: 7
// out: [1, 2, 9]
// out: [a:2, b:1]
// out: [2, 1]
// out: [3.0, 1.5]
// out: [[0.0, 0.0], [3.0, 3.0]]
// out: [a]
// out: [4, 4, 4]
Map<String, Integer> counts = [:]
List<String> names = ['a', 'b', 'a']
names.each { String n -> counts[n] = (counts[n] ?: 0) + 1 }
List<Integer> outer = [0, 0]
double[] d = new double[2]
double[][] m = new double[2][2]
String[] s = new String[1]
names.eachWithIndex { String n, int i -> outer[i % 2] = i; d[i % 2] = i * 1.5; m[1][i % 2] = 3; s[0] = n }
def f = { ->
  List<Integer> xs = [1, 2, 3]
  Map<String, Integer> loc = [x: 1]
  xs.each { Integer i -> loc["k$i".toString()] = i }
  println xs.collect { Integer i -> i * 2 }
  println loc
  Integer v = (loc['y'] = 7)
  println v
  xs[-1] = 9
  println xs
}
f()
println counts
println outer
println d
println m
println s
List<Integer> last = names.collect { String n -> outer[0] = 4 }
println last
