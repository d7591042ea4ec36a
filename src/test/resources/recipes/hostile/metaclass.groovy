// expect: getMetaClass (reflection
println "x".metaClass.methods.size()
