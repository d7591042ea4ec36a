// expect: Locale.setDefault
Locale.setDefault(Locale.US)
