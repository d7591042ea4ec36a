// expect: class objects are reflection
println String.class.getMethods()
