// expect: ScriptBytecodeAdapter.invokeStaticMethod0
// The spread-map operator compiles to a dynamic static call (refused; noted as a refusal of harmless code).
def m = [a: 1]
def n = [*: m, b: 2]
println n
