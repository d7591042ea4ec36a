// Groovy's each, collect, findAll, sum and inject on value-added shares.
// out: sector 0: 0.5
// out: sector 1: 0.25
// out: sector 2: 0.25
// out: [50.0, 25.0, 25.0]
// out: 2
// out: 1.0
// out: 0.375
// out: a=1
// out: b=2
List<Double> va = [0.5d, 0.25d, 0.25d]
va.eachWithIndex { Double v, int i -> println "sector ${i}: ${v}" }
println va.collect { it * 100 }
println va.findAll { it < 0.5d }.size()
println va.sum()
println va.inject(0d) { Double acc, Double v -> acc + v * v }
[a: 1, b: 2].each { String k, Integer v -> println "${k}=${v}" }
