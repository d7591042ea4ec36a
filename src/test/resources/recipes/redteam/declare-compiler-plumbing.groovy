// expect: MethodHandles.lookup
// Declaring a method with the name of the compiler's plumbing ($getLookup), hoping its references are exempted like
// those of the synthetic one.
def $getLookup() { java.lang.invoke.MethodHandles.lookup() }
println $getLookup()
