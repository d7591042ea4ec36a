// expect: ArrayList.setMetaClass
// Named-argument constructors set properties by name (ScriptBytecodeAdapter.setProperty): allowed only on an object the
// recipe just created, through a setter on the allowlist (new StringBuilder(length: 0) runs, see recipes/legit);
// anything else, here the meta-class, is refused.
def l = new ArrayList(metaClass: null)
println l
