package org.gvc4j.method.bm2023;

import java.util.List;
import java.util.Map;

/**
 * Column names of BM2023 results (the papers' symbols, the same at every level; the key columns say the level),
 * and the names gvcAnalyzer prints for the same columns.
 */
public final class Bm2023Columns {
    private Bm2023Columns() {
    }

    public static final String EXPORTER = "exporter";
    public static final String IMPORTER = "importer";
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

    /** gvcAnalyzer's names: {@code bm_2023_exporter_total}. */
    public static final Map<String, String> GVC_ANALYZER_EXPORTER = Map.of(
            EXPORTER, "country", DVA, "DVA_s", DDC, "DDC_s", FVA, "FVA_s", FDC, "FDC_s", GEXP, "EX_s");
    /** gvcAnalyzer's names: {@code bm_2023_bilateral_source}. */
    public static final Map<String, String> GVC_ANALYZER_SOURCE = Map.of(
            DVA, "DVAsource_sr", DDC, "DDCsource_sr", FVA, "FVAsource_sr", FDC, "FDCsource_sr", GEXP, "EX_sr");
    /** gvcAnalyzer's names: {@code bm_2023_bilateral_sink}. */
    public static final Map<String, String> GVC_ANALYZER_SINK = Map.of(
            DVA, "DVAsink_sr", DDC, "DDCsink_sr", FVA, "FVAsink_sr", FDC, "FDCsink_sr", GEXP, "EX_sr");
    /** gvcAnalyzer's names: {@code bm_2023_bilateral_pure}. */
    public static final Map<String, String> GVC_ANALYZER_PURE = Map.of(
            DVA, "DVA_star_sr", DDC, "DDC_star_sr", FVA, "FVA_star_sr", FDC, "FDC_star_sr", GEXP, "EX_sr");
}
