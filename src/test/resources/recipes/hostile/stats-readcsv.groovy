// expect: Datasets.readCsv (file access
println org.gvc4j.stats.Datasets.readCsv(save(demo().decompose().bm2023().exporters(), "out/x.csv"))
