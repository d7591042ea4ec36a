// expect: Cannot access field: owner of class: groovy.lang.Closure
// Direct field access (.@) to Closure's private owner, to rebind what the closure resolves names against.
def c = { -> 1 }
c.@owner = null
println c()
