// expect-run: assertion failed: assert l.size() == 2
// A failing power assert renders every recorded value with toString (here a self-containing list, shown as
// "(this Collection)"): the exact helpers ValueRecorder and InvokerHelper.createAssertError are allowed, and the
// failure is one located message.
def l = []
l << l
assert l.size() == 2
