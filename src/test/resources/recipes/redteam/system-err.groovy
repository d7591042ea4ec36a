// expect: System
// System.err is not the recipe's output: it bypasses the capture of in-process runs.
System.err.println "to stderr"
