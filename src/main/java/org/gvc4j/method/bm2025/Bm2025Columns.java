package org.gvc4j.method.bm2025;

import java.util.List;
import java.util.Map;

/**
 * Column names of BMT2025 results (paper symbols without level suffixes; the key columns are
 * {@link org.gvc4j.method.Keys}), and per result kind gvcAnalyzer's names for them ({@code GVC_ANALYZER_*}). Trade by
 * sector and the GDP-closed output have no gvcAnalyzer counterpart and keep gvc4j's names under every naming.
 */
public final class Bm2025Columns {
    private Bm2025Columns() {
    }

    // ---- trade ----
    /** Gross exports. */
    public static final String E = "E";
    /** Domestic value added absorbed by the direct importer (traditional trade). */
    public static final String DAVAX = "DAVAX";
    /** GVC-related trade: E − DAVAX. */
    public static final String GVC = "GVC";
    /** Pure forward GVC trade. */
    public static final String GVC_PF = "GVC_PF";
    /** Two-sided GVC trade. */
    public static final String GVC_TS = "GVC_TS";
    /** Pure backward GVC trade. */
    public static final String GVC_PB = "GVC_PB";
    /** GVC / E (trade) or GVC_X / X (output): the GVC share. */
    public static final String SHARE_GVC = "share_GVC";
    /** GVC_PF / GVC (trade) or GVC_PF_X / GVC_X (output): a share of GVC trade, not of exports. */
    public static final String SHARE_PF = "share_PF";
    /** GVC_TS / GVC (trade) or GVC_TS_X / GVC_X (output). */
    public static final String SHARE_TS = "share_TS";
    /** GVC_PB / GVC (trade) or GVC_PB_X / GVC_X (output). */
    public static final String SHARE_PB = "share_PB";
    /**
     * The GVC position index: (GVC_PF − GVC_PB) / GVC (trade) or (GVC_PF_X − GVC_PB_X) / GVC_X (output), positive when
     * pure-forward GVC trade outweighs pure-backward. gvcAnalyzer calls it {@code forward_trade}/{@code forward_output}.
     */
    public static final String POSITION = "position";
    /** Forward participation rate, a share of exports: GVC_PF / E. */
    public static final String PARTICIPATION_F = "participation_F";
    /** Backward participation rate, a share of exports: (GVC_TS + GVC_PB) / E. */
    public static final String PARTICIPATION_B = "participation_B";

    /** The amounts of every trade row. */
    public static final List<String> TRADE = List.of(E, DAVAX, GVC, GVC_PF, GVC_TS, GVC_PB);
    /** Every trade row, at every level: the amounts, then the shares, position and participation rates. */
    public static final List<String> TRADE_MEASURES = List.of(E, DAVAX, GVC, GVC_PF, GVC_TS, GVC_PB, SHARE_GVC,
            SHARE_PF, SHARE_TS, SHARE_PB, POSITION, PARTICIPATION_F, PARTICIPATION_B);

    // ---- output (as published by the seed) ----
    public static final String GVC_PF_X = "GVC_PF_X";
    public static final String GVC_PB_X = "GVC_PB_X";
    public static final String GVC_TS_IMP = "GVC_TSImp";
    public static final String GVC_TS_DOM = "GVC_TSDom";
    public static final String GVC_TS_X = "GVC_TS_X";
    public static final String GVC_X = "GVC_X";
    public static final String DOM_X = "DomX";
    public static final String TRAD_X = "TradX";
    /** Gross output. */
    public static final String X = "X";

    public static final List<String> OUTPUT_COMPONENTS =
            List.of(GVC_PF_X, GVC_PB_X, GVC_TS_IMP, GVC_TS_DOM, GVC_TS_X, GVC_X, DOM_X, TRAD_X, X);
    public static final List<String> OUTPUT_SECTOR_COMPONENTS =
            List.of(X, DOM_X, TRAD_X, GVC_PF_X, GVC_PB_X, GVC_TS_IMP, GVC_TS_DOM, GVC_TS_X, GVC_X);
    public static final List<String> SHARES = List.of(SHARE_GVC, SHARE_PF, SHARE_TS, SHARE_PB, POSITION);

    // ---- output, GDP-closed variant ----
    /** GDP_s = v_s x_s. */
    public static final String GDP = "GDP";
    /** GDP − DomX − DAVAX − GVC_PF: zero on a balanced table with residual value added. */
    public static final String IMBALANCE = "imbalance";
    public static final List<String> GDP_COMPONENTS = List.of(GDP, DOM_X, DAVAX, GVC_PF, IMBALANCE);
    /** DomX / GDP. */
    public static final String SHARE_DOM_X_GDP = "share_DomX_GDP";
    /** DAVAX / GDP. */
    public static final String SHARE_DAVAX_GDP = "share_DAVAX_GDP";
    /** GVC_PF / GDP. */
    public static final String SHARE_PF_GDP = "share_PF_GDP";
    public static final List<String> GDP_SHARES = List.of(SHARE_DOM_X_GDP, SHARE_DAVAX_GDP, SHARE_PF_GDP);

    /** gvcAnalyzer, trade pairs: {@code bm_2025_tripartite_trade} (it has no shares for pairs). */
    public static final Map<String, String> GVC_ANALYZER_PAIR = Map.of(E, "E_sr", DAVAX, "DAVAX_sr", GVC, "GVC_sr");
    /** gvcAnalyzer, trade by exporter: {@code bm_2025_trade_exporter} and {@code bm_2025_trade_measures}. */
    public static final Map<String, String> GVC_ANALYZER_EXPORTER = Map.of(E, "E_s", GVC, "GVC_s", GVC_PF, "GVC_PF_s",
            GVC_TS, "GVC_TS_s", GVC_PB, "GVC_PB_s", SHARE_GVC, "share_GVC_trade", SHARE_PF, "share_PF_trade",
            SHARE_TS, "share_TS_trade", SHARE_PB, "share_PB_trade", POSITION, "forward_trade");
    /** gvcAnalyzer, output by country: {@code bm_2025_output_components} and {@code bm_2025_output_measures}. */
    public static final Map<String, String> GVC_ANALYZER_OUTPUT = Map.of(X, "X_total", SHARE_GVC, "share_GVC_output",
            SHARE_PF, "share_PF_output", SHARE_TS, "share_TS_output", SHARE_PB, "share_PB_output",
            POSITION, "forward_output");
    /** gvcAnalyzer, output by sector: {@code bm_2025_output_components_sector} and {@code bm_2025_output_measures_sector}. */
    public static final Map<String, String> GVC_ANALYZER_OUTPUT_SECTOR = Map.ofEntries(
            Map.entry(X, "X_i"), Map.entry(DOM_X, "DomX_i"), Map.entry(TRAD_X, "TradX_i"),
            Map.entry(GVC_PF_X, "GVC_PF_Xi"), Map.entry(GVC_PB_X, "GVC_PB_Xi"), Map.entry(GVC_TS_IMP, "GVC_TSImp_i"),
            Map.entry(GVC_TS_DOM, "GVC_TSDom_i"), Map.entry(GVC_TS_X, "GVC_TS_Xi"), Map.entry(GVC_X, "GVC_Xi"),
            Map.entry(SHARE_GVC, "share_GVC_output_i"), Map.entry(SHARE_PF, "share_PF_output_i"),
            Map.entry(SHARE_TS, "share_TS_output_i"), Map.entry(SHARE_PB, "share_PB_output_i"),
            Map.entry(POSITION, "forward_output_i"));
}
