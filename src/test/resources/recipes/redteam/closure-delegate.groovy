// expect: getDelegate
// A closure's delegate is where dynamic name resolution goes; reading it is the first step to replacing it.
def c = { -> delegate }
println c()
