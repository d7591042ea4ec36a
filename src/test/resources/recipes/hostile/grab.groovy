// expect: annotations (@Grab) are not allowed
@Grab("org.example:evil:1.0")
import org.example.Evil
println "hi"
