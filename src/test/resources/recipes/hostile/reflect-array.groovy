// expect: Array.newInstance
println java.lang.reflect.Array.newInstance(String, 3)
