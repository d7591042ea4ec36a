// expect: not allowed in sandboxed recipes: x[...] on a Collection with a String key
// [x]["class"] in a closure: reading a property by name through list indexing.
Map<String, Integer> counts = [a: 1]
List<String> names = ["a"]
names.each { String n -> println([n]["class"]) }
println counts
