// expect: annotations (@TypeChecked)
@groovy.transform.TypeChecked(extensions = "x.groovy")
def f() { 1 }
println f()
