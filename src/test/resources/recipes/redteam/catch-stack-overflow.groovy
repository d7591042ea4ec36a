// expect-ok
// Throwable is an allowed type: a recipe can catch StackOverflowError and keep running (harmless; the limits are
// enforced outside its reach).
int down(int n) { n == 0 ? 0 : 1 + down(n - 1) }
try { down(100_000_000) } catch (Throwable t) { println "caught " + t }
println "still running"
