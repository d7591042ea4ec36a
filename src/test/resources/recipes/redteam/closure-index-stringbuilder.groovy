// expect: not allowed in sandboxed recipes: x[key] = value inside a closure on
// sb["length"] = 0 in a closure: a property setter by name on a non-collection.
Map<String, Integer> counts = [a: 1]
List<String> names = ["a"]
names.each { String n -> StringBuilder sb = new StringBuilder(); sb["length"] = 0 }
println counts
