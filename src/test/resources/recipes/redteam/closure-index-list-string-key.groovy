// expect: not allowed in sandboxed recipes: x[key] = value inside a closure on
// list["class"] = v in a closure: a list indexed by a name would be a spread property write.
Map<String, Integer> counts = [a: 1]
List<String> names = ["a"]
names.each { String n -> List<String> l = ["x"]; l["class"] = 1 }
println counts
