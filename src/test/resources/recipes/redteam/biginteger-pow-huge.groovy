// expect-run: arithmetic error
// A number with more bits than the JDK supports.
println BigInteger.TEN.pow(Integer.MAX_VALUE)
