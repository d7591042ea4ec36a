// expect: new Timer
def t = new java.util.Timer()
