// expect: StackWalker.getInstance
println StackWalker.getInstance()
