// expect: addShutdownHook
addShutdownHook { println "bye" }
