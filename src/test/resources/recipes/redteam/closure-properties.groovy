// expect: DefaultGroovyMethods.getProperties (reflection and dynamic Groovy)
// x.properties in a closure: every property of an object.
Map<String, Integer> counts = [a: 1]
List<String> names = ["a"]
names.each { String n -> println n.properties }
println counts
