// expect: not allowed in sandboxed recipes: new File (file access
println new File("/etc/hostname").text
