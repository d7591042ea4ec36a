// expect-run: 65,536 countries × 65,536 sectors = 4,294,967,296 industries are too many
// 65,536 x 65,536 industries used to overflow to a 0 x 0 table whose labels still claimed 2^32 industries: Labels
// now checks countries × sectors (and the n² cells) in long arithmetic and refuses the table with the counts.
def io = org.gvc4j.source.SyntheticTable.generate(1L, 65536, 65536, 0)
println new MrioTable(io, org.gvc4j.model.Conventions.DEFAULT).decompose().bm2023().exporters()
