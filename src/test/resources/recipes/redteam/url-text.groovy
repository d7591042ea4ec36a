// expect: not allowed in sandboxed recipes
// Groovy's String.toURL() and URL.getText() are a one-line HTTP client.
println "http://127.0.0.1:9/".toURL().text
