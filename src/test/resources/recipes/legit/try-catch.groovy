// Handling a bad number in a parameter.
// out: 0.0
String raw = param("share", "abc")
double share
try {
    share = Double.parseDouble(raw)
} catch (NumberFormatException e) {
    share = 0d
}
println share
