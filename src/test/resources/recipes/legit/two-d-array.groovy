// A small input-output matrix by hand: two-dimensional array reads and assignments.
// out: 5.5
// out: 3.0
// out: 7
// out: CHN
double[][] m = new double[2][2]
m[0][1] = 3
m[1][0] = 0.5d
m[1][1] += 2
double total = 0
for (int i = 0; i < 2; i++) {
    for (int j = 0; j < 2; j++) {
        total += m[i][j]
    }
}
println total
println m[0][1]
int[][] counts = new int[2][3]
counts[1][2] = 7
println counts[1][2]
String[][] labels = new String[1][2]
labels[0][1] = "CHN"
println labels[0][1]
