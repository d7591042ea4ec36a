// expect: x[...] on a Collection with a String key
def c = [this]["class"]
println c
