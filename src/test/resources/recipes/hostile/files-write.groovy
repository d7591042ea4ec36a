// expect: Files.writeString (file access
java.nio.file.Files.writeString(null, "x")
