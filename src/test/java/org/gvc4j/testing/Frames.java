package org.gvc4j.testing;

import java.util.Map;
import org.gvc4j.method.Frame;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A method's {@link Frame} as a Tablesaw table with a peer's column names, for {@link Reference#assertMatches}. */
public final class Frames {
    private Frames() {
    }

    /**
     * @param names  gvc4j name → peer name (columns not listed keep their names)
     * @param labels label → peer label in key columns (e.g. ROW → xROW for the older lrwiod-2000 files)
     */
    public static Table table(Frame f, Map<String, String> names, Map<String, String> labels) {
        Table t = Table.create("frame");
        for (int c = 0; c < f.keyNames().size(); c++) {
            String[] vals = new String[f.rowCount()];
            for (int r = 0; r < vals.length; r++) {
                vals[r] = labels.getOrDefault(f.key(r, c), f.key(r, c));
            }
            t.addColumns(StringColumn.create(names.getOrDefault(f.keyNames().get(c), f.keyNames().get(c)), vals));
        }
        for (int c = 0; c < f.valueNames().size(); c++) {
            double[] vals = new double[f.rowCount()];
            for (int r = 0; r < vals.length; r++) {
                vals[r] = f.value(r, c);
            }
            t.addColumns(DoubleColumn.create(names.getOrDefault(f.valueNames().get(c), f.valueNames().get(c)), vals));
        }
        return t;
    }

    public static Table table(Frame f, Map<String, String> names) {
        return table(f, names, Map.of());
    }
}
