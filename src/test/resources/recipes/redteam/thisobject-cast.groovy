// expect: a cast to org.gvc4j.script.GvcScript
// Reaching the script object through a closure and casting it to the base class, to call package methods on it.
def c = { -> 1 }
def s = (org.gvc4j.script.GvcScript) c.thisObject
println s
