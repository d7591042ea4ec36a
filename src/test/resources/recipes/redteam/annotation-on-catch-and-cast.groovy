// expect-ok
// Annotations on a catch parameter, a for-loop variable, a cast and `new` are accepted and ignored as well.
try {
    for (@groovy.transform.ASTTest(value = { System.exit(66) }) int i in [1]) {
        println((@groovy.transform.ASTTest(value = { System.exit(66) }) String) "cast")
    }
} catch (@groovy.transform.ASTTest(value = { System.exit(66) }) Exception e) {
    println e
}
