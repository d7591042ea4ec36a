// expect: Expando
def e = new Expando()
e.x = 1
