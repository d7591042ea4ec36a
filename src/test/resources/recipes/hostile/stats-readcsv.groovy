// expect: Datasets.readCsv (file access
println org.gvc4j.stats.Datasets.readCsv(null)
