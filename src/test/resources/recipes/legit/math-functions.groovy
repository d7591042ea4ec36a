// Math functions in a gravity-style calculation.
// out: 2500
// out: 12.0
// out: 9
// out: 2.0 3.0
// out: true
double gdpA = 1000d, gdpB = 250d, dist = 100d
double flow = Math.exp(Math.log(gdpA) + Math.log(gdpB) - Math.log(dist))
println Math.round(flow)
println Math.sqrt(16d) + Math.pow(2d, 3d)
println Math.max(3, 7) + Math.abs(-2)
println Math.floor(2.7d) + " " + Math.ceil(2.1d)
println Math.PI > 3
