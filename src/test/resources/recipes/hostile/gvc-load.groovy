// expect: Gvc.load (file access
println Gvc.load("/etc").countries
