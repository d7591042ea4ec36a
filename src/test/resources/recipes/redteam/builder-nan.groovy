// expect-run: every value must be a finite number
// NaN into Gvc.builder(): refused before it reaches the numerics.
double[][] z = [[Double.NaN]] as double[][]
double[][] y = [[1d]] as double[][]
println Gvc.builder().countries(["A"]).sectors(["s"]).intermediate(z).finalDemand(y).output([1d] as double[]).build()
