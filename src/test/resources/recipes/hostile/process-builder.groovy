// expect: new ProcessBuilder (starting processes)
new ProcessBuilder("true").start().waitFor()
