// expect: DefaultTypeTransformation.castToVargsArray
Object[] a = ["x"] as Object[]
println org.codehaus.groovy.runtime.typehandling.DefaultTypeTransformation.castToVargsArray(a, 0, String[])
