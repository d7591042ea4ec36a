// Defaults overridden by a spread map.
// out: [year:2020, sectors:56]
// out: 2
Map<String, Object> defaults = [year: 2019, sectors: 56]
Map<String, Object> run = [*: defaults, year: 2020]
println run
println([*: defaults].size())
