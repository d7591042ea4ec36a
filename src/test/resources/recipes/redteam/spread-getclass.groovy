// expect: getClass
// The spread operator applies a member to every element: here to reach class objects.
println([1, "a"]*.getClass()*.classLoader)
