// expect: type java.lang.String (class objects are reflection)
// a map entry may hold anything allowed, never a class object.
Map<String, Integer> counts = [a: 1]
List<String> names = ["a"]
names.each { String n -> Map<String, Object> mm = [:]; mm["class"] = String; println mm }
println counts
