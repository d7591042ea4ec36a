// expect: Thread.currentThread (threads
println Thread.currentThread().contextClassLoader
