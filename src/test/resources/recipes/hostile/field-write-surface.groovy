// expect: Cannot set read-only property: labels
def io = demo()
io.data.labels = null
