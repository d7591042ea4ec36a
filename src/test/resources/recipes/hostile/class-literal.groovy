// expect: class objects are reflection
def k = String
println k
