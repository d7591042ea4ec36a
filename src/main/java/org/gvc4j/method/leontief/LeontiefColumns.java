package org.gvc4j.method.leontief;

import java.util.List;
import java.util.Map;

/**
 * Column names of the Leontief value-added decompositions and the names decompr and exvatools print for them.
 * Keys are lower snake case; the measure is {@link #VA}.
 */
public final class LeontiefColumns {
    private LeontiefColumns() {
    }

    /** The country where the value added was produced (row block of V̂B). */
    public static final String ORIGIN = "origin";
    /** The sector where the value added was produced (row of V̂B). */
    public static final String ORIGIN_SECTOR = "origin_sector";
    /** The exporting country (column block of V̂BÊ). */
    public static final String EXPORTER = "exporter";
    /** The producing country of the output (column block of V̂BX̂ and V̂B). */
    public static final String COUNTRY = "country";
    /** The exporting or producing sector (column of V̂BÊ, V̂BX̂, V̂B). */
    public static final String SECTOR = "sector";
    /** The country whose final demand absorbs the value added (column of V̂BY). */
    public static final String DESTINATION = "destination";
    /** Value added (or, for {@link Post#NONE}, value added per unit of final output). */
    public static final String VA = "VA";

    /** Gross exports u e_s*. */
    public static final String EXGR = "EXGR";
    /** HIY vertical specialisation: imported-input content of exports, Σ_{t≠s} u_N A_ts L_ss e_s* (= FC + DDC). */
    public static final String VS = "VS";
    /** VS / EXGR. */
    public static final String VS_SHARE = "VS_share";
    /** Forward vertical specialisation: s's value added in other countries' exports, Σ_{r≠s} v_s B_sr e_r*. */
    public static final String VS1 = "VS1";
    /** VS1 / EXGR. */
    public static final String VS1_SHARE = "VS1_share";

    /** Country-level vertical specialisation columns. */
    public static final List<String> VERTICAL = List.of(EXGR, VS, VS_SHARE, VS1, VS1_SHARE);
    /** Sector-level vertical specialisation columns (VS by exporting sector, VS1 by origin sector: no common share). */
    public static final List<String> VERTICAL_SECTOR = List.of(EXGR, VS, VS_SHARE, VS1);

    /** decompr {@code leontief(long = TRUE)} with {@code post = "exports"}, {@code "output"} or {@code "none"}. */
    public static final Map<String, String> DECOMPR = Map.of(ORIGIN, "Source_Country", ORIGIN_SECTOR, "Source_Industry",
            EXPORTER, "Using_Country", COUNTRY, "Using_Country", SECTOR, "Using_Industry", VA, "FVAX");
    /** decompr {@code leontief(post = "final_demand", long = TRUE)}. */
    public static final Map<String, String> DECOMPR_FINAL_DEMAND = Map.of(ORIGIN, "Source_Country",
            ORIGIN_SECTOR, "Source_Industry", DESTINATION, "Importing_Country", VA, "Final_Demand");
    /** exvatools {@code get_va_exgr} / {@code make_exvadir(va_type = "TC", flow_type = "EXGR")}. */
    public static final Map<String, String> EXVATOOLS_VA_EXGR = Map.of(ORIGIN, "geo_orig", EXPORTER, "geo_export",
            SECTOR, "sec_export");
    /** exvatools {@code get_va_fd}. */
    public static final Map<String, String> EXVATOOLS_VA_FD = Map.of(ORIGIN, "geo_orig", DESTINATION, "geo_fd");
}
