// String.format and Groovy's number helpers.
// out: CHN  |1234.568
// out: 1,234,567
// out: 12.3%
// out: ..usa|
println String.format("%-5s|%8.3f", "CHN", 1234.56789d)
println String.format(java.util.Locale.ROOT, "%,d", 1234567)
println String.format(java.util.Locale.ROOT, "%.1f%%", 12.345d)
println "usa".padLeft(5, ".") + "|"
