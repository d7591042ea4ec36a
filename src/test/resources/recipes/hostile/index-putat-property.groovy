// expect: ScriptBytecodeAdapter.invokeMethodN (reflection and dynamic Groovy)
def io = demo()
io["conventions"] = null
