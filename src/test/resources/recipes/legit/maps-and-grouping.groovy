// Grouping country codes into regions with maps and groupBy.
// out: [AS, EU, NA]
// out: [DEU, FRA]
// out: [EU:2, NA:2, AS:1]
// out: [USA, CAN]
Map<String, String> region = [DEU: "EU", FRA: "EU", USA: "NA", CAN: "NA", CHN: "AS"]
Map<String, List<String>> byRegion = region.keySet().toList().groupBy { String c -> region[c] }
println byRegion.keySet().sort()
println byRegion["EU"]
println region.countBy { String k, String v -> v }
println region.findAll { String k, String v -> v == "NA" }.keySet()
