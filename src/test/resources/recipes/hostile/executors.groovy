// expect: Executors.newFixedThreadPool (threads
def ex = java.util.concurrent.Executors.newFixedThreadPool(2)
