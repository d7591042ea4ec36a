// expect: ProcessHandle.current
println ProcessHandle.current().info()
