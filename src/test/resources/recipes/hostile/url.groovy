// expect: not allowed in sandboxed recipes: new URL (network access)
println new URL("http://127.0.0.1:9/").text
