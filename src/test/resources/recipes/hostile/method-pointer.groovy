// expect: method pointers and references
def p = System.&exit
p(0)
