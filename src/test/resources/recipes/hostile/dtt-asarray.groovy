// expect: DefaultTypeTransformation.asArray
println org.codehaus.groovy.runtime.typehandling.DefaultTypeTransformation.asArray(["a"], String[])
