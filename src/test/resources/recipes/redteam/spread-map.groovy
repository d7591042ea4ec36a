// expect-ok
// The spread-map operator compiles to a dynamic static call, ScriptBytecodeAdapter.invokeStaticMethod0(Own,
// Collections, "emptyMap"): recognised in exactly that shape as Collections.emptyMap() (it was refused although harmless).
def m = [a: 1]
def n = [*: m, b: 2]
println n
