// expect: org.gvc4j.linalg.Mat
// IoTable is public surface, but z() returns the numerics backend's Mat (public mutable data[]), the way to the
// native BLAS/LAPACK with inconsistent dimensions.
def io = demo().data
def z = io.z()
println z
