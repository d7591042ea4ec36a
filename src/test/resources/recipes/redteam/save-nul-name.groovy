// expect-run: is not a valid path
// A NUL byte in a file name (C strings end there: "out/x.csv\0/../../evil").
def r = demo().decompose().bm2023().exporters()
save(r, args[0] + "/x.csv\u0000/../../evil.csv")
