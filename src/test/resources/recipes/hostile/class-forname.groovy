// expect: Class.forName (reflection
def c = Class.forName("java.lang.Runtime")
println c
