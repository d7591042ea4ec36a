// expect: new MethodClosure
def c = new org.codehaus.groovy.runtime.MethodClosure("id", "execute")
println c.call()
