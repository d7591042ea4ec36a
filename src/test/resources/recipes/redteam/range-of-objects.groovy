// expect-run: a value has the wrong type
// An ObjectRange iterates by calling next() dynamically on its bounds.
def t = demo()
println((t..t).size())
