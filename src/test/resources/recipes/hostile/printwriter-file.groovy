// expect: new PrintWriter (file access
def w = new PrintWriter("/tmp/gvc4j-pwned.txt")
