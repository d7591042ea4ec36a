// expect: annotations (@CompileDynamic) are not allowed
@groovy.transform.CompileDynamic
def run2() { System.exit(0) }
run2()
