// expect: ServiceLoader.load
println ServiceLoader.load(Runnable)
