// expect-run: out of memory
// A 2^31-character string: refused by the JDK before allocating.
println "xy".repeat(Integer.MAX_VALUE)
