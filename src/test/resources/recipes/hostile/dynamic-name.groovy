// expect: dynamic-name.groovy:3:
def m = "exit"
System."$m"(0)
