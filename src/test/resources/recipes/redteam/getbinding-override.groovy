// expect: getbinding-override.groovy:3: a recipe may not declare getBinding
// Overriding getBinding(): GvcScript.attach calls it to install the output stream; refused with its line.
groovy.lang.Binding getBinding() { null }
println "body"
