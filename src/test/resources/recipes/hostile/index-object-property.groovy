// expect: x[...] on a Object with a String key
def io = demo()
println io["data"]
