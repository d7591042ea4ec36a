// The spread operator over a list of country codes and of maps.
// out: [CHN, DEU, USA]
// out: [3, 3, 3]
// out: [1, 2]
List<String> codes = ["chn", "deu", "usa"]
println codes*.toUpperCase()
println codes*.length()
List<Map<String, Integer>> rows = [[n: 1], [n: 2]]
println rows*.get("n")
