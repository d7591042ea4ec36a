// expect: new ValueRecorder
// A failing power assert renders every recorded value with toString (here a self-containing list). The compiled
// assert needs `new ValueRecorder`, which is refused although ValueRecorder#<init> is an exact allowlist entry
// (noted: power asserts are unusable in sandboxed recipes).
def l = []
l << l
assert l.size() == 2
