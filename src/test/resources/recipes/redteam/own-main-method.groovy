// expect-ok
// The policy exempts the own class literal and InvokerHelper.runScript inside a method main(String[]); a recipe may
// declare its own main, but the exemption gives nothing (it is never called, and a class literal needs a method).
static void main(String[] a) { println "own main" }
println "body"
