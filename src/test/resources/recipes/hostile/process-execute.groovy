// expect: ProcessGroovyMethods.execute (starting processes)
println "ls /".execute().text
