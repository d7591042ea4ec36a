// expect: not allowed in sandboxed recipes
// rehydrate/curry/memoize/trampoline build new closures with another owner, delegate or wrapping runtime class.
def c = { -> 1 }
def d = c.rehydrate(null, null, null)
println d.memoize().trampoline().curry()
