// expect: DefaultTypeTransformation.castToType
println org.codehaus.groovy.runtime.typehandling.DefaultTypeTransformation.castToType(["/etc/passwd"], String)
