// expect-run: Incompatible Strings for Range
// A huge range of strings (a..zzzzzz): Groovy refuses the range itself, one located line, nothing allocated.
def r = ('a'..'zzzzzz')
println r.size()
