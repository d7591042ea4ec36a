// expect: Random
// Collections.shuffle is allowed by name, but its overload taking java.util.Random is refused by its signature.
def l = [1, 2, 3]
Collections.shuffle(l, new Random(1))
println l
