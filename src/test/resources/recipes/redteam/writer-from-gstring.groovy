// expect: Writer
// A GString closure with one parameter is called with the Writer the string is rendered into.
def s = "${ java.io.Writer w -> w.write('x') }"
println s
