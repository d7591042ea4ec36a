// expect: writeAll (file access
demo().decompose().icio().writeAll(save(demo().decompose().bm2023().exporters(), "out/x.csv"))
