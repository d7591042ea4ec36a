// expect: ScriptBytecodeAdapter.castToType
println org.codehaus.groovy.runtime.ScriptBytecodeAdapter.castToType(["x"], String)
