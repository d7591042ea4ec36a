// expect: Files.readString (file access
println java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname"))
