package org.gvc4j.method.wwz;

import java.util.List;
import java.util.Map;

/**
 * Column names of the WWZ (2013) sixteen-term decomposition, as decompr prints them (the paper's labels), and the
 * names exvatools prints in its {@code terms} and {@code terms2} outputs.
 */
public final class WwzColumns {
    private WwzColumns() {
    }

    public static final String EXPORTER = "exporter";
    public static final String SECTOR = "sector";
    public static final String IMPORTER = "importer";

    /** 1: (v_s B_ss) # y_sr. */
    public static final String DVA_FIN = "DVA_FIN";
    /** 2: (v_s L_ss) # (A_sr B_rr y_rr). */
    public static final String DVA_INT = "DVA_INT";
    /** 3: (v_s L_ss) # (A_sr Σ_{t≠s,r} B_rt y_tt): absorbed in third countries t. */
    public static final String DVA_INTREX_I1 = "DVA_INTrexI1";
    /** 4: (v_s L_ss) # (A_sr B_rr Σ_{t≠s,r} y_rt). */
    public static final String DVA_INTREX_F = "DVA_INTrexF";
    /** 5: (v_s L_ss) # (A_sr Σ_{t≠s,r} B_rt Σ_{u≠s,t} y_tu). */
    public static final String DVA_INTREX_I2 = "DVA_INTrexI2";
    /** 6: (v_s L_ss) # (A_sr B_rr y_rs). */
    public static final String RDV_FIN = "RDV_FIN";
    /** 7: (v_s L_ss) # (A_sr Σ_{t≠s,r} B_rt y_ts). */
    public static final String RDV_FIN2 = "RDV_FIN2";
    /** 8: (v_s L_ss) # (A_sr B_rs y_ss). */
    public static final String RDV_INT = "RDV_INT";
    /** 9: (v_s L_ss) # (A_sr B_rs Σ_{t≠s} y_st). */
    public static final String DDC_FIN = "DDC_FIN";
    /** 10: (v_s B_ss − v_s L_ss) # (A_sr x_r), computed as (v_s L_ss M_s) # Z_sr u′ (no cancellation). */
    public static final String DDC_INT = "DDC_INT";
    /** 11: (v_r B_rs) # y_sr. */
    public static final String MVA_FIN = "MVA_FIN";
    /** 12: (Σ_{t≠s,r} v_t B_ts) # y_sr. */
    public static final String OVA_FIN = "OVA_FIN";
    /** 13: (v_r B_rs) # (A_sr L_rr y_rr). */
    public static final String MVA_INT = "MVA_INT";
    /** 14: (Σ_{t≠s,r} v_t B_ts) # (A_sr L_rr y_rr). */
    public static final String OVA_INT = "OVA_INT";
    /** 15: (v_r B_rs) # (A_sr L_rr e_r*). */
    public static final String MDC = "MDC";
    /** 16: (Σ_{t≠s,r} v_t B_ts) # (A_sr L_rr e_r*). */
    public static final String ODC = "ODC";

    /** The sixteen terms in WWZ's order. */
    public static final List<String> TERMS = List.of(DVA_FIN, DVA_INT, DVA_INTREX_I1, DVA_INTREX_F, DVA_INTREX_I2,
            RDV_FIN, RDV_FIN2, RDV_INT, DDC_FIN, DDC_INT, MVA_FIN, OVA_FIN, MVA_INT, OVA_INT, MDC, ODC);

    /** Gross exports e_sr. */
    public static final String TEXP = "texp";
    /** Intermediate exports Z_sr u′ (= texp − texpfd). */
    public static final String TEXPINT = "texpint";
    /** Final-goods exports y_sr. */
    public static final String TEXPFD = "texpfd";
    /** decompr: round(Σ of the 16 terms − texp, 4) per (exporter, sector, importer) row. */
    public static final String TEXPDIFF = "texpdiff";
    /** decompr: round(100 · texpdiff / texp, 4), 0 where texp = 0. */
    public static final String TEXPDIFFPERCENT = "texpdiffpercent";
    /** decompr: round(terms 1 + 11 + 12 − texpfd, 4). */
    public static final String TEXPFDDIFF = "texpfddiff";
    public static final String TEXPFDDIFFPERCENT = "texpfddiffpercent";
    /** decompr: round(the other 13 terms − texpint, 4). */
    public static final String TEXPINTDIFF = "texpintdiff";
    public static final String TEXPINTDIFFPERCENT = "texpintdiffpercent";
    /** Forward-linkage DVA by origin sector: v_{s,i} (L_ss e_sr)_i (its sum over sectors is BM source DVA). */
    public static final String DVIX_FSR = "DViX_Fsr";

    /** The flows, decompr's diagnostics and DViX_Fsr, after the terms. */
    public static final List<String> EXTRA = List.of(TEXP, TEXPINT, TEXPFD, TEXPDIFF, TEXPDIFFPERCENT, TEXPFDDIFF,
            TEXPFDDIFFPERCENT, TEXPINTDIFF, TEXPINTDIFFPERCENT, DVIX_FSR);

    /** decompr {@code wwz}: keys. */
    public static final Map<String, String> DECOMPR = Map.of(EXPORTER, "Exporting_Country",
            SECTOR, "Exporting_Industry", IMPORTER, "Importing_Country");
    /** exvatools {@code wwz} {@code terms}. */
    public static final Map<String, String> EXVATOOLS_TERMS = Map.of(DVA_INTREX_I1, "DVA_INTrex1",
            DVA_INTREX_F, "DVA_INTrex2", DVA_INTREX_I2, "DVA_INTrex3", RDV_FIN, "RDV_FIN1", MVA_FIN, "FVA_FIN1",
            OVA_FIN, "FVA_FIN2", MVA_INT, "FVA_INT1", OVA_INT, "FVA_INT2", TEXP, "EXGR");
    /**
     * exvatools {@code wwz} {@code terms2} as it prints them: version 0.9.0 swaps two labels, so the values of OVA_FIN
     * appear under "OVA_INT" and those of OVA_INT under "OVA_FIN" (methods.md §4.6; checked against its own
     * {@code terms} output and decompr). The other names are decompr's.
     */
    public static final Map<String, String> EXVATOOLS_TERMS2 = Map.of(DVA_INTREX_I1, "DVA_INTrex1",
            DVA_INTREX_F, "DVA_INTrex2", DVA_INTREX_I2, "DVA_INTrex3", RDV_FIN, "RDV_FIN1",
            OVA_FIN, "OVA_INT", OVA_INT, "OVA_FIN", TEXP, "EXGR");
}
