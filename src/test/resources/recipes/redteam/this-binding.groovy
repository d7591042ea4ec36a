// expect: not allowed in sandboxed recipes
// The script binding holds the recipe context: reading it reaches the variables by name.
println this.binding.variables
