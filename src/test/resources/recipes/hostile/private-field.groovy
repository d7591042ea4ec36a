// expect: context
println this.@context
