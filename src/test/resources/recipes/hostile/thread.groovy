// expect: new Thread (threads)
new Thread({ println "x" } as Runnable).start()
