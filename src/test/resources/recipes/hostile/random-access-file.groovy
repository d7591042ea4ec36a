// expect: new RandomAccessFile (file access
def f = new RandomAccessFile("/etc/passwd", "r")
