// expect: URI.create
println URI.create("http://example.com/").toURL().text
