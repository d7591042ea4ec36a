// expect: ScriptEngineManager
def m = new javax.script.ScriptEngineManager()
