// expect: Unexpected character
// Unicode escapes in an identifier spelling System: Groovy's lexer does not decode them outside strings, a syntax error.
println \u0053ystem.getProperty("user.home")
