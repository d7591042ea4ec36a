// expect: invokeMethod
invokeMethod("println", "x")
