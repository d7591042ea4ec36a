// expect-ok
// switch/in call isCase dynamically on the case value; for a closure that is the recipe's own code.
def c = { x -> x == 5 }
switch (5) { case c: println "matched"; break }
println(5 in [5])
