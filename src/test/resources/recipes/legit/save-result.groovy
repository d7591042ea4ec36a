// Saving a result under the output folder (args[0]).
// out: true
def t = demo().decompose().bm2025().trade().exporters()
String file = save(t, args[0] + "/trade.csv")
println file.endsWith("trade.csv")
