// expect: savePng
// Calling the chart's own file writer (a @FileAccess member) instead of the confined chart(c, name) helper.
import org.gvc4j.chart.Chart
import tech.tablesaw.api.DoubleColumn
import tech.tablesaw.api.Table
def t = Table.create("t", DoubleColumn.create("x", [1, 2, 3] as double[]), DoubleColumn.create("y", [3, 1, 2] as double[]))
Chart.scatter(t, "x", "y").savePng(java.nio.file.Path.of("/tmp/escaped.png"))
