// expect-run: thrown from setBinding
// RecipeRunner calls setBinding before the recipe is attached and outside its error handling: an override runs
// recipe code there. It can do nothing (no context yet), but its exception escapes as a raw Java exception (in the
// sandbox JVM: "the sandbox ended unexpectedly (exit code 1)", no recipe line).
void setBinding(groovy.lang.Binding b) { throw new IllegalStateException("thrown from setBinding, before attach") }
println "body"
