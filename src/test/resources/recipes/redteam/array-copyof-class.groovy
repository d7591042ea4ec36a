// expect: class objects are reflection
// Arrays.copyOf is allowed by name; its overload with a Class argument needs a class literal.
Object[] a = [1, 2] as Object[]
println Arrays.copyOf(a, 2, Object[].class)
