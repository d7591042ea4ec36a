// expect: Runtime.getRuntime
// An import alias hides the class name on the call line.
import java.lang.Runtime as R
R.getRuntime().halt(0)
