// expect: ScriptBytecodeAdapter.invokeMethodN
println org.codehaus.groovy.runtime.ScriptBytecodeAdapter.invokeMethodN(String, "java.lang.Runtime", "getRuntime", [] as Object[])
