package org.gvc4j.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Paint;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small multiples draw a group in the same colour in every panel, after the chart's theme is applied. */
class ChartColoursTest {
    @Test
    void aGroupKeepsItsColourAcrossPanels() {
        StringColumn panel = StringColumn.create("panel");
        StringColumn group = StringColumn.create("group");
        IntColumn year = IntColumn.create("year");
        DoubleColumn v = DoubleColumn.create("v");
        String[][] order = {{"A", "B"}, {"B", "A"}, {"A", "B"}};
        for (int p = 0; p < 3; p++) {
            for (String g : order[p]) { // the second panel meets the groups in the other order
                for (int y = 2000; y < 2003; y++) {
                    panel.append("P" + p);
                    group.append(g);
                    year.append(y);
                    v.append(p + y * 0.01 + (g.equals("A") ? 0 : 1));
                }
            }
        }
        Table t = Table.create("t", panel, group, year, v);
        Chart c = Chart.smallMultiples(t, "year", "v", "group", "panel").title("colours");
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) Render.build(c).chart().getPlot();
        Map<String, Paint> seen = new HashMap<>();
        for (XYPlot sub : plot.getSubplots()) {
            for (int s = 0; s < sub.getDataset().getSeriesCount(); s++) {
                String key = sub.getDataset().getSeriesKey(s).toString();
                Paint paint = sub.getRenderer().getSeriesPaint(s);
                Paint first = seen.putIfAbsent(key, paint);
                if (first != null) {
                    assertEquals(first, paint, "group " + key + " in another panel");
                }
            }
        }
        assertEquals(2, seen.size());
        assertNotEquals(seen.get("A"), seen.get("B"));
    }
}
