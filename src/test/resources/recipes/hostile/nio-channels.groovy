// expect: FileChannel.open
println java.nio.channels.FileChannel.open(null)
