// expect: new File
import java.io.File as Data
println new Data("/etc/passwd").text
