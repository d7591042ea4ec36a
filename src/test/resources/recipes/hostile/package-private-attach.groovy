// expect: attach
attach(null)
