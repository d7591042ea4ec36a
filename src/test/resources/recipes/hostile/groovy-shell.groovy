// expect: new GroovyShell (reflection
println new GroovyShell().evaluate("1 + 1")
