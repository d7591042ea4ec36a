// expect: System
// A lazy GString closure evaluated when printed: its body is compiled and checked like any other.
println "${-> System.getenv()}"
