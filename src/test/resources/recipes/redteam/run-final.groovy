// expect: not allowed in sandboxed recipes: run
// Calling Script.run() (final in GvcScript) from the recipe.
println run()
