// expect-run: too large for one array
// 46,341^2 entries overflow an int: the matrix refuses before allocating.
println org.gvc4j.source.SyntheticTable.generate(1L, 46341, 1, 0)
