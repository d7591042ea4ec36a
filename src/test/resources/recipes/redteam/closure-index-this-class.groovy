// expect: not allowed in sandboxed recipes: x[key] = value inside a closure on
// [this]["class"] = v in a closure: putAt(Object, String, Object) would set any property; no typed overload matches.
Map<String, Integer> counts = [a: 1]
List<String> names = ["a"]
names.each { String n -> [this]["class"] = 1 }
println counts
