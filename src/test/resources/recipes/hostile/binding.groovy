// expect: getBinding
println getBinding().variables
