package org.gvc4j.method.wwyz;

import java.util.List;
import java.util.Map;

/**
 * Column names of the WWYZ (2017) participation and production-length results: the papers' symbols, as in
 * methods.md §3.13 and the {@code numpy_wwyz_*} reference files, and the names a peer prints for them
 * ({@link #MEASURE_GVC}).
 */
public final class WwyzColumns {
    private WwyzColumns() {
    }

    public static final String COUNTRY = "country";
    public static final String SECTOR = "sector";

    // ---- forward, by producing country-sector (row sums of V̂BŶ) ----
    /** Value added va = x − u Z (the residual), the forward shares' denominator. */
    public static final String VA = "VA";
    /** Pure domestic: v ∘ L y^D. */
    public static final String VD = "VD";
    /** Traditional final-goods trade: v ∘ L y^F. */
    public static final String VRT = "VRT";
    /** Simple GVC (crosses one border for production): v ∘ L A_F L y^D. */
    public static final String VGVC_S = "VGVC_S";
    /** Complex GVC (crosses at least twice): v ∘ L A_F (B y − L y^D). */
    public static final String VGVC_C = "VGVC_C";
    /** Forward participation (VGVC_S + VGVC_C) / VA. */
    public static final String GVCPT_F = "GVCPt_f";
    /** VGVC_S / VA. */
    public static final String GVCPT_F_S = "GVCPt_f_S";
    /** VGVC_C / VA. */
    public static final String GVCPT_F_C = "GVCPt_f_C";

    // ---- backward, by final-goods country-sector (column sums of V̂BŶ) ----
    /** Final-goods output y = Y u′, the backward shares' denominator. */
    public static final String FGY = "FGY";
    /** Pure domestic: (v L)_j y^D_j. */
    public static final String YD = "YD";
    /** Traditional trade: (v L)_j y^F_j. */
    public static final String YRT = "YRT";
    /** Simple GVC: (v L A_F L)_j y^D_j. */
    public static final String YGVC_S = "YGVC_S";
    /** Complex GVC: (v L A_F B)_j y_j − (v L A_F L)_j y^D_j. */
    public static final String YGVC_C = "YGVC_C";
    /** Backward participation (YGVC_S + YGVC_C) / FGY. */
    public static final String GVCPT_B = "GVCPt_b";
    /** YGVC_S / FGY. */
    public static final String GVCPT_B_S = "GVCPt_b_S";
    /** YGVC_C / FGY. */
    public static final String GVCPT_B_C = "GVCPt_b_C";

    /** Participation results, in the order of {@code numpy_wwyz_participation_*}. */
    public static final List<String> PARTICIPATION = List.of(VA, VD, VRT, VGVC_S, VGVC_C, GVCPT_F, GVCPT_F_S,
            GVCPT_F_C, FGY, YD, YRT, YGVC_S, YGVC_C, GVCPT_B, GVCPT_B_S, GVCPT_B_C);

    // ---- production lengths ----
    /** Forward production length (B B y)_i / (B y)_i: stages from the industry's value added to final goods. */
    public static final String PLV = "PLv";
    /** Backward production length (v B B)_j / (v B)_j: stages from primary inputs to the industry's final goods. */
    public static final String PLY = "PLy";
    /** Forward length of the GVC part only (value added that crosses a border for production). */
    public static final String PLV_GVC = "PLv_GVC";
    /** Backward length of the GVC part only. */
    public static final String PLY_GVC = "PLy_GVC";
    /** WWYZ GVC position PLv_GVC / PLy_GVC: above 1, upstream in GVCs. */
    public static final String GVC_POSITION = "GVC_position";

    /** Length results, in the order of {@code numpy_wwyz_length_*}. */
    public static final List<String> LENGTH = List.of(PLV, PLY, PLV_GVC, PLY_GVC, GVC_POSITION);

    /**
     * common2016/MeasureGVC ({@code partici_idx(wwz, "forward" | "backward")}): {@code up} and {@code dw} are the
     * participation indices (V̂ L A_F B Ŷ over VA and over y), keys {@code cnts} and {@code industry}.
     */
    public static final Map<String, String> MEASURE_GVC = Map.of(COUNTRY, "cnts", SECTOR, "industry",
            GVCPT_F, "up", GVCPT_B, "dw");
}
