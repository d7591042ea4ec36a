// expect: System.exit (access to the JVM
import static java.lang.System.exit
exit(0)
