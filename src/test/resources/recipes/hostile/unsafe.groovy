// expect: Unsafe
println sun.misc.Unsafe.getUnsafe()
