// expect-ok
// HTML and SVG injection through every user string of a chart: written escaped (ChartEscapingTest checks the bytes).
import org.gvc4j.chart.Chart
import tech.tablesaw.api.DoubleColumn
import tech.tablesaw.api.Table
def t = Table.create("t", DoubleColumn.create("x", [1, 2, 3] as double[]), DoubleColumn.create("y", [3, 1, 2] as double[]))
chart(Chart.scatter(t, "x", "y").title("<script>alert(1)</script>"), args[0] + "/inj")
