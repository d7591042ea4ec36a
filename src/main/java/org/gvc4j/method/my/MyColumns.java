package org.gvc4j.method.my;

import java.util.List;
import java.util.Map;

/** Column names of the Miroudot–Ye decomposition (exvatools {@code my}) and exvatools' names for them. */
public final class MyColumns {
    private MyColumns() {
    }

    public static final String EXPORTER = "exporter";
    public static final String SECTOR = "sector";
    public static final String IMPORTER = "importer";

    /** Gross exports. */
    public static final String EXGR = "EXGR";
    /** Domestic content DVA + DDC = v_s B_ss e. */
    public static final String DC = "DC";
    /** Domestic value added counted once at the perimeter, v_s B°_ss e. */
    public static final String DVA = "DVA";
    /** Domestic double counting, v_s (B − B°)_ss e. */
    public static final String DDC = "DDC";
    /** Foreign content FVA + FDC = Σ_{t≠s} v_t B_ts e. */
    public static final String FC = "FC";
    /** Foreign value added counted once at the perimeter, Σ_{t≠s} v_t B°_ts e (0 for the world perimeter). */
    public static final String FVA = "FVA";
    /** Foreign double counting, Σ_{t≠s} v_t (B − B°)_ts e. */
    public static final String FDC = "FDC";
    /** World perimeter: the part of FDC that is BM's world/source FVA, Σ_{t≠s} v_t L_tt A_ts L_ss e. */
    public static final String FDC1 = "FDC1";
    /** World perimeter: FDC − FDC1 (foreign value added crossing more than one border before s's exports). */
    public static final String FDC2 = "FDC2";

    public static final List<String> FIELDS = List.of(EXGR, DC, DVA, DDC, FC, FVA, FDC);
    public static final List<String> WORLD_FIELDS = List.of(EXGR, DC, DVA, DDC, FC, FVA, FDC, FDC1, FDC2);

    /** exvatools' key name for country totals ({@code get_data(..., sector = "TOTAL", importer = "WLD")}). */
    public static final Map<String, String> EXVATOOLS = Map.of(EXPORTER, "country");
}
