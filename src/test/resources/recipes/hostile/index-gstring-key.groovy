// expect: x[...] on a Object
def io = demo()
def k = "da"
println io["${k}ta"]
