// expect-run: write refused
// A chart named into /proc: outside the output folder.
import org.gvc4j.chart.Chart
import tech.tablesaw.api.DoubleColumn
import tech.tablesaw.api.Table
def t = Table.create("t", DoubleColumn.create("x", [1, 2, 3] as double[]), DoubleColumn.create("y", [3, 1, 2] as double[]))
chart(Chart.scatter(t, "x", "y"), "/proc/self/x")
