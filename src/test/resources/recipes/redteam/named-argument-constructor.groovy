// expect: ScriptBytecodeAdapter.setProperty
// Named-argument constructors set properties dynamically: a way to call any setter by name.
def sb = new StringBuilder(length: 0)
println sb
