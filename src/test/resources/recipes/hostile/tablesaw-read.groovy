// expect: Table.read (file access
println Table.read().csv("/etc/passwd")
