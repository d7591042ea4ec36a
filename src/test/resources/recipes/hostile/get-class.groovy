// expect: .getClass (reflection
def loader = "x".getClass().getClassLoader()
println loader
