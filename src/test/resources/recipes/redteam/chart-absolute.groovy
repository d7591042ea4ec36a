// expect-run: write refused
// A chart written to an absolute path outside the output folder (next to it, where the corpus test looks).
import org.gvc4j.chart.Chart
import tech.tablesaw.api.DoubleColumn
import tech.tablesaw.api.Table
def t = Table.create("t", DoubleColumn.create("x", [1, 2, 3] as double[]), DoubleColumn.create("y", [3, 1, 2] as double[]))
chart(Chart.scatter(t, "x", "y").title("escape"), args[0].substring(0, args[0].lastIndexOf("/")) + "/escaped.png")
