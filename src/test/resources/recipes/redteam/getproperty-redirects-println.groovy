// expect-ok
// Script.println asks getProperty("out") for its stream and calls "println" on it dynamically: overriding
// getProperty redirects that call to any object the recipe holds. Only "print"-named methods are reachable this
// way, and none of the objects a recipe can hold has a harmful one (a list prints through DefaultGroovyMethods).
Object getProperty(String name) { [1, 2, 3] }
println "through a list"
