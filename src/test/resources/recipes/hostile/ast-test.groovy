// expect: annotations (@ASTTest) are not allowed
@groovy.transform.ASTTest(value = { System.exit(42) })
def x = 1
println x
