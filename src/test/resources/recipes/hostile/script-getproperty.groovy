// expect: getProperty
println getProperty("binding")
