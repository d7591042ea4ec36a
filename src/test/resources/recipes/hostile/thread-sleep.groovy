// expect: Thread.sleep (threads
Thread.sleep(1000)
