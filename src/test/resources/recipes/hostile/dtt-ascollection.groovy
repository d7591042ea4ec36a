// expect: DefaultTypeTransformation.asCollection
println org.codehaus.groovy.runtime.typehandling.DefaultTypeTransformation.asCollection("/etc/passwd")
