package org.gvc4j.method.bm2023;

import static org.gvc4j.method.Keys.EXPORTER;

import java.util.List;
import java.util.Map;
import org.gvc4j.method.icio.IcioColumns;

/**
 * Column names of BM2023 results (the papers' symbols, the same at every level; the key columns of
 * {@link org.gvc4j.method.Keys} say the level), and per result kind the names a peer package prints for the same
 * columns: {@code GVC_ANALYZER_*} (gvcAnalyzer), {@code ICIO_*} (Stata icio's files), {@code EXVATOOLS_*}.
 */
public final class Bm2023Columns {
    private Bm2023Columns() {
    }

    /** Domestic value added in exports (counted once, at the perimeter of the flow). */
    public static final String DVA = "DVA";
    /** Domestic double counting. */
    public static final String DDC = "DDC";
    /** Foreign value added in exports. */
    public static final String FVA = "FVA";
    /** Foreign double counting. */
    public static final String FDC = "FDC";
    /** Gross exports. */
    public static final String GEXP = "GEXP";

    public static final List<String> FIELDS = List.of(DVA, DDC, FVA, FDC, GEXP);

    /** gvcAnalyzer, exporter totals: {@code bm_2023_exporter_total}. */
    public static final Map<String, String> GVC_ANALYZER_EXPORTER = Map.of(
            EXPORTER, "country", DVA, "DVA_s", DDC, "DDC_s", FVA, "FVA_s", FDC, "FDC_s", GEXP, "EX_s");
    /** gvcAnalyzer, pairs, source approach: {@code bm_2023_bilateral_source}. */
    public static final Map<String, String> GVC_ANALYZER_SOURCE = Map.of(
            DVA, "DVAsource_sr", DDC, "DDCsource_sr", FVA, "FVAsource_sr", FDC, "FDCsource_sr", GEXP, "EX_sr");
    /** gvcAnalyzer, pairs, sink approach: {@code bm_2023_bilateral_sink}. */
    public static final Map<String, String> GVC_ANALYZER_SINK = Map.of(
            DVA, "DVAsink_sr", DDC, "DDCsink_sr", FVA, "FVAsink_sr", FDC, "FDCsink_sr", GEXP, "EX_sr");
    /** gvcAnalyzer, pairs, the pair's own perimeter ({@code self()}): {@code bm_2023_bilateral_pure}. */
    public static final Map<String, String> GVC_ANALYZER_SELF = Map.of(
            DVA, "DVA_star_sr", DDC, "DDC_star_sr", FVA, "FVA_star_sr", FDC, "FDC_star_sr", GEXP, "EX_sr");
    /** Stata icio's files: the key headers (its measure names are gvc4j's). */
    public static final Map<String, String> ICIO_EXPORTS = IcioColumns.ICIO_EXPORTS;
    /** exvatools, exporter totals ({@code bm_src} country totals). */
    public static final Map<String, String> EXVATOOLS_EXPORTER = IcioColumns.EXVATOOLS_COUNTRY;
}
