// expect-run: index out of range
// 65,536 x 65,536 industries overflow to a 0 x 0 table whose labels still claim 2^32 industries (noted: the
// generator should refuse); using it fails in Java code with an index error, never in native code.
def io = org.gvc4j.source.SyntheticTable.generate(1L, 65536, 65536, 0)
println new MrioTable(io, org.gvc4j.model.Conventions.DEFAULT).decompose().bm2023().exporters()
