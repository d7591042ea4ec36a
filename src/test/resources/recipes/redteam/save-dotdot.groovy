// expect-run: write refused
// A relative name that climbs out of the output folder after normalisation.
def r = demo().decompose().bm2023().exporters()
save(r, args[0] + "/sub/../../escaped.csv")
