// expect: getproperty-redirects-println.groovy:5: a recipe may not declare getProperty
// Script.println asks getProperty("out") for its stream and calls "println" on it dynamically: overriding
// getProperty would redirect that call to any object the recipe holds. Declaring a method of the base class that
// gvc or Groovy calls (getProperty, setBinding, getBinding, run, ...) is refused with its line.
Object getProperty(String name) { [1, 2, 3] }
println "through a list"
