// expect: annotation-on-catch-and-cast.groovy:4: annotations (@ASTTest) are not allowed
// Annotations on a catch parameter, a for-loop variable, a cast and `new` are refused with their lines (found by the lexer too: the parser drops some).
try {
    for (@groovy.transform.ASTTest(value = { System.exit(66) }) int i in [1]) {
        println((@groovy.transform.ASTTest(value = { System.exit(66) }) String) "cast")
    }
} catch (@groovy.transform.ASTTest(value = { System.exit(66) }) Exception e) {
    println e
}
