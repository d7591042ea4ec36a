package org.gvc4j.method.rca;

import java.util.List;
import java.util.Map;

/**
 * Column names of the revealed comparative advantage results (methods.md §3.17, the {@code numpy_rca_*} reference
 * files), and the peers' names for the inputs.
 */
public final class RcaColumns {
    private RcaColumns() {
    }

    public static final String COUNTRY = "country";
    public static final String SECTOR = "sector";
    /** Gross exports e_{s*,i} of the country-sector. */
    public static final String EXGR = "EXGR";
    /**
     * Forward-linkage domestic value added in exports, DViX_F_{s,i} = v_{s,i} [L_ss e_s*]_i: sector i's value added in
     * all of s's exports (reflected value added included: summed over i it is BM source DVA = VAX + REF).
     */
    public static final String DVIX_F = "DViX_F";
    /** Balassa's index: the country-sector's share in the country's total over the sector's share in the world's. */
    public static final String RCA = "RCA";

    public static final List<String> GROSS = List.of(EXGR, RCA);
    public static final List<String> VALUE_ADDED = List.of(DVIX_F, RCA);

    /** decompr: {@code DViX_Fsr} (WWZ, bilateral; summed over importers it is DViX_F); exvatools: {@code EXGR}. */
    public static final Map<String, String> DECOMPR = Map.of(DVIX_F, "DViX_Fsr");
}
