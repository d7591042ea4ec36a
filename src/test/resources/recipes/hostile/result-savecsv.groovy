// expect: saveCsv (file access
demo().decompose().bm2023().exporters().saveCsv(java.nio.file.Path.of("/tmp/gvc4j-pwned.csv"))
