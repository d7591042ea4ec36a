// Ranges, loops and a running total.
// out: 10.0
// out: [1, 3, 5]
// out: 1,4,9
// out: 3
double total = 0
for (int i in 1..4) {
    total += i
}
println total
println((1..5).step(2))
println((1..3).collect { int i -> i * i }.join(","))
int n = 0
while (n < 3) { n++ }
println n
