// Rounding reported shares with BigDecimal.
// out: 0.123
// out: 12.3
BigDecimal share = new BigDecimal("0.123456")
println share.setScale(3, java.math.RoundingMode.HALF_UP)
println ((share * 100).setScale(1, java.math.RoundingMode.HALF_EVEN))
