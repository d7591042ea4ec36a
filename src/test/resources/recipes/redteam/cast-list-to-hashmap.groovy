// expect-ok
// A cast to a collection type converts by running that type's constructor with the list's elements; HashMap is in
// the safe cast targets, so only HashMap's own constructors can run (here HashMap(int)).
def l = [16]
HashMap m = (HashMap) l
println m
