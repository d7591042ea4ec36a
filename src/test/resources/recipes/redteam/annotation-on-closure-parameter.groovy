// expect: annotation-on-closure-parameter.groovy:4: annotations (@ASTTest) are not allowed
// SandboxSyntax refuses annotations on closure parameters as everywhere else (no AST transformation collects them in
// this position, but an annotation is refused wherever it is written).
def c = { @groovy.transform.ASTTest(value = { System.exit(66) }) x -> x }
println c(1)
