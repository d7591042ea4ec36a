// Checking intermediate numbers with Groovy's power assert.
// out: checks passed
int sectors = 3
double share = 0.25d
assert sectors == 3
assert share * 4 == 1d
assert [1, 2, 3].sum() == 6 : "the shares add up"
println "checks passed"
