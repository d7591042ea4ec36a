// GString interpolation of names and numbers.
// out: GVC participation of DEU in 2019: 0.4567
// out: 2
String country = "DEU"
double gvc = 0.4567d
int year = 2019
println "GVC participation of ${country} in $year: ${gvc}"
String line = "${country},${year}"
println line.split(",").length
