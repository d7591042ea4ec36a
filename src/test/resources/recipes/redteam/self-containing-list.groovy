// expect-run: recursion too deep
// A list containing itself: printing is handled by Groovy, its hashCode recurses until the stack overflows.
def l = []
l << l
println l
println l.hashCode()
