// The demo table's exporters: the trade measures, sorted, selected and read back.
// out: 2
// out: [exporter, E]
// out: true
// out: true
def io = demo()
def t = io.decompose().bm2025().trade().exporters()
def top = t.sortDescendingBy("E").select("exporter", "E").head(2)
println top.rowCount
println top.columnNames
double[] e = top.column("E")
println e[0] >= e[1]
println t.keys("exporter").size() == t.rowCount
