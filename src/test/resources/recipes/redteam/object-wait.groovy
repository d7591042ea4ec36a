// expect: not allowed in sandboxed recipes
// Object.wait/notify are not in the allowlist (a recipe could otherwise park its thread).
def o = new Object()
synchronized (o) { o.wait(1) }
