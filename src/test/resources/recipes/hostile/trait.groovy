// expect: class, interface, enum and trait declarations
trait T { def x() { 1 } }
println 1
