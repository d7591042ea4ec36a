// expect: class, interface, enum and trait declarations are not allowed
// An anonymous subclass of groovy.lang.Closure would pass the "extends Closure" class check and could override
// Closure's methods.
def c = new Closure(this, this) { Object doCall() { "anonymous closure" } }
println c.call()
