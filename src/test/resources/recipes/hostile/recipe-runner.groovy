// expect: RecipeRunner.execute
org.gvc4j.script.RecipeRunner.execute("println 1", null)
