// expect: class, interface, enum and trait declarations are not allowed
class Evil { static { System.exit(1) } }
println "hi"
