// expect: MethodHandles.lookup
def l = java.lang.invoke.MethodHandles.lookup()
