// A named-argument constructor of a JDK value type (StringBuilder's length has a setter and no getter).
// out: E=42
def buffer = new StringBuilder(length: 0)
buffer.append("E").append("=").append(42)
println buffer
