// expect: not allowed in sandboxed recipes
// A Java-style method reference to Class::forName.
def f = Class::forName
println f("java.lang.Runtime")
