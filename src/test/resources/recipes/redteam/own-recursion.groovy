// expect-run: recursion too deep
// Unbounded recursion through runRecipe (the script body) itself.
runRecipe()
