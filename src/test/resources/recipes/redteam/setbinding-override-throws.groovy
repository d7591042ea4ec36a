// expect: setbinding-override-throws.groovy:5: a recipe may not declare setBinding
// RecipeRunner calls setBinding before the recipe is attached: an override would run recipe code there, and its
// exception escaped as a raw Java exception without a line. The declaration is refused with its line (and in a
// trusted run the failure is now reported as the recipe's, with its line).
void setBinding(groovy.lang.Binding b) { throw new IllegalStateException("thrown from setBinding, before attach") }
println "body"
