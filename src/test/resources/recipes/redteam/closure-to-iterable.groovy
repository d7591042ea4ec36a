// expect-ok
// Iterable is a safe cast target, so a closure cast to it becomes a Groovy SAM proxy: harmless, it calls only the
// recipe's own closure.
Iterable it = (Iterable) { -> [1, 2].iterator() }
for (x in it) { println x }
