// expect: this.evaluate
println evaluate("System.exit(0)")
