// expect: (file access
demo().decompose().bm2023().exporters().toTable().write().csv("/tmp/gvc4j-pwned.csv")
