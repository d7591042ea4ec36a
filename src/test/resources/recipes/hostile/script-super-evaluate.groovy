// expect: Script.evaluate
def foo() { super.evaluate("1 + 1") }
println foo()
