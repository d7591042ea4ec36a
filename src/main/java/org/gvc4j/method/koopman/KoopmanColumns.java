package org.gvc4j.method.koopman;

import java.util.List;
import java.util.Map;

/**
 * Column names of the Koopman et al. (2010) GVC participation and position (methods.md §3.15, the
 * {@code numpy_koopman_kwwiv_*} reference files), and the peers' names for the same quantities.
 */
public final class KoopmanColumns {
    private KoopmanColumns() {
    }

    public static final String COUNTRY = "country";
    public static final String SECTOR = "sector";
    /** Gross exports u e_s* (by exporting sector at sector level). */
    public static final String E = "E";
    /**
     * Indirect value-added exports, KWW-2010: Σ_{r≠s} Σ_{t≠s,r} v_s B_sr y_rt, s's value added in r's final goods
     * absorbed in third countries t (by origin sector at sector level).
     */
    public static final String IV = "IV";
    /** Foreign value added in s's exports, VBfor_s e_s* (BM's FC; by exporting sector). */
    public static final String FV = "FV";
    /** IV / E. */
    public static final String IV_SHARE = "IV_share";
    /** FV / E. */
    public static final String FV_SHARE = "FV_share";
    /** IV / E + FV / E. */
    public static final String PARTICIPATION = "participation";
    /** ln(1 + IV/E) − ln(1 + FV/E): positive when a country supplies more value added to others' exports than it uses. */
    public static final String POSITION = "position";

    public static final List<String> MEASURES = List.of(E, IV, FV, IV_SHARE, FV_SHARE, PARTICIPATION, POSITION);

    /**
     * decompr's names for the same quantities: IV is KWW's T3 ({@code DVA_INTrex}, the sum of WWZ's DVA_INTrex
     * terms), E is {@code texp}; exvatools: E is {@code EXGR}, FV is {@code EXGR_FVA}. exvatools' {@code FEXDVAP}
     * (Σ_{r≠s} v_s B_sr e_r*, the TiVA forward measure) is the other IV in use, not this one.
     */
    public static final Map<String, String> DECOMPR = Map.of(IV, "DVA_INTrex", E, "texp");
    public static final Map<String, String> EXVATOOLS = Map.of(E, "EXGR", FV, "EXGR_FVA");
}
