// expect: (file access
new File("/tmp/gvc4j-pwned.txt").text = "pwned"
