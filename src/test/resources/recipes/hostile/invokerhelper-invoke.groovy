// expect: InvokerHelper.invokeMethod
println org.codehaus.groovy.runtime.InvokerHelper.invokeMethod("x", "toUpperCase", null)
