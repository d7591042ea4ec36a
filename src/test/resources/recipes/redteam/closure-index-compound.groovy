// expect: ScriptBytecodeAdapter.invokeMethodN (reflection and dynamic Groovy)
// map[k] += 1 in a closure stays a dynamic call (only plain x[k] = v is rewritten): refused, use map[k] = map[k] + 1.
Map<String, Integer> counts = [a: 1]
List<String> names = ["a"]
names.each { String n -> counts[n] += 1 }
println counts
