// expect: Main.execute
org.gvc4j.cli.Main.execute(["run", "x.groovy"] as String[], null, null)
