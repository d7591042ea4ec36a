// expect: ScriptBytecodeAdapter.getField (reflection and dynamic Groovy)
// x.@field in a closure: a private field of a JDK object.
Map<String, Integer> counts = [a: 1]
List<String> names = ["a"]
names.each { String n -> println n.@value }
println counts
