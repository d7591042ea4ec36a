// expect: DefaultGroovyMethods.getMetaClass (reflection and dynamic Groovy)
// x.metaClass in a closure.
Map<String, Integer> counts = [a: 1]
List<String> names = ["a"]
names.each { String n -> println n.metaClass }
println counts
