// expect-run: error: -1
// Negative sizes into the synthetic table generator (noted: the message is a bare "error: -1").
println org.gvc4j.source.SyntheticTable.generate(1L, -1, 3, 0)
