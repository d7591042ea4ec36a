// expect: new Socket (network access)
def s = new Socket("127.0.0.1", 9)
s.close()
