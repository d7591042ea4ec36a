// expect: setProperty
setProperty("out", null)
