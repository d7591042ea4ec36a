// expect: InitialContext
def c = new javax.naming.InitialContext()
