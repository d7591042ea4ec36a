// expect: getProperties
println demo().properties
