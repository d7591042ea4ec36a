// expect: not allowed in sandboxed recipes: x[key] = value inside a closure on
// obj["metaClass"] = v in a closure on an Object: dynamic property write; no typed overload matches.
Map<String, Integer> counts = [a: 1]
List<String> names = ["a"]
names.each { String n -> Object o = "s"; o["metaClass"] = null }
println counts
