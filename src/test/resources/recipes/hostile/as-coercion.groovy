// expect: FileOutputStream
def out = ["/tmp/gvc4j-pwned.bin"] as FileOutputStream
println out
