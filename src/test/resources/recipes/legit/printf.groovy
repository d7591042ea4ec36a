// printf with one and several arguments.
// out: 43 countries
// out: DEU exports 1.50
printf("%d countries%n", 43)
printf("%s exports %.2f%n", "DEU", 1.5d)
