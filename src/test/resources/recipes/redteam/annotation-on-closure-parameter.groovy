// expect-ok
// SandboxSyntax refuses annotations on declarations, but not on closure parameters: @ASTTest here is accepted and
// ignored (no AST transformation collects annotations in this position, so no compile-time code runs).
def c = { @groovy.transform.ASTTest(value = { System.exit(66) }) x -> x }
println c(1)
