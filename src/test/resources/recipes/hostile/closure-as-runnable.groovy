// expect: Runnable
def r = { -> println "x" } as Runnable
r.run()
