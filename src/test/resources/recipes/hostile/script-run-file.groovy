// expect: new File
run(new File("other.groovy"), [] as String[])
