package org.gvc4j.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.gvc4j.MrioTable;
import org.gvc4j.result.MeasureTable;

/**
 * The result kinds of {@code gvc panel --measures} and of the Spark runner, named as scripts/participation.groovy
 * names its files; one list for both, so the two give the same outputs under the same names.
 */
public final class PanelKinds {
    private static final Map<String, Function<MrioTable, MeasureTable>> ALL = build();

    private PanelKinds() {
    }

    private static Map<String, Function<MrioTable, MeasureTable>> build() {
        Map<String, Function<MrioTable, MeasureTable>> m = new LinkedHashMap<>();
        m.put("bm2025_trade_measures", io -> io.decompose().bm2025().trade().exporters());
        m.put("bm2025_tripartite_trade", io -> io.decompose().bm2025().trade().exporters().importers());
        m.put("bm2025_output_measures", io -> io.decompose().bm2025().output().countries());
        m.put("bm2025_output_measures_sector", io -> io.decompose().bm2025().output().countries().bySector());
        m.put("bm2023_exporter", io -> io.decompose().bm2023().exporters());
        m.put("bm2023_bilateral_source", io -> io.decompose().bm2023().exporters().importers().source());
        m.put("bm2023_bilateral_sink", io -> io.decompose().bm2023().exporters().importers().sink());
        m.put("bm2023_bilateral_self", io -> io.decompose().bm2023().exporters().importers().self());
        m.put("icio_exporter_source", io -> io.decompose().icio().exporters());
        return Collections.unmodifiableMap(m);
    }

    /** Every kind by name, in the order of the documentation. */
    public static Map<String, Function<MrioTable, MeasureTable>> all() {
        return ALL;
    }
}
