package org.gvc4j.method.kww;

import java.util.List;
import java.util.Map;

/**
 * Column names of the KWW (2014) nine-term decomposition of gross exports, as decompr prints them, with exvatools'
 * names ({@code kww} {@code terms} and {@code standard} outputs).
 */
public final class KwwColumns {
    private KwwColumns() {
    }

    public static final String EXPORTER = "exporter";
    public static final String IMPORTER = "importer";
    public static final String SECTOR = "sector";

    /** T1: DVA in final-goods exports absorbed by the direct importer, v_s B_ss Σ_r y_sr. */
    public static final String DVA_FIN = "DVA_FIN";
    /** T2: DVA in intermediates absorbed by the direct importer, v_s Σ_r B_sr y_rr. */
    public static final String DVA_INT = "DVA_INT";
    /** T3: DVA in intermediates re-exported to third countries, v_s Σ_r Σ_{t≠s,r} B_sr y_rt. */
    public static final String DVA_INTREX = "DVA_INTrex";
    /** T4: DVA returning home in final goods, v_s Σ_r B_sr y_rs. */
    public static final String RDV_FIN = "RDV_FIN";
    /** T5: DVA returning home in intermediates, v_s Σ_r B_sr A_rs L_ss y_ss. */
    public static final String RDV_INT = "RDV_INT";
    /** T6: domestic double counting, v_s Σ_r B_sr A_rs L_ss e_s* = v_s (B_ss − L_ss) e_s*. */
    public static final String DDC = "DDC";
    /** T7: FVA in final-goods exports, VBfor_s Σ_r y_sr. */
    public static final String FVA_FIN = "FVA_FIN";
    /** T8: FVA in intermediate exports, VBfor_s Σ_r A_sr L_rr y_rr. */
    public static final String FVA_INT = "FVA_INT";
    /** T9: foreign double counting, VBfor_s Σ_r A_sr L_rr e_r* (or decompr's residual, see {@link Kww.Closure}). */
    public static final String FDC = "FDC";
    /** Gross exports u e_s*. */
    public static final String EXGR = "EXGR";

    /** The nine terms T1..T9 in KWW's order. */
    public static final List<String> TERMS =
            List.of(DVA_FIN, DVA_INT, DVA_INTREX, RDV_FIN, RDV_INT, DDC, FVA_FIN, FVA_INT, FDC);

    // ---- exvatools' "standard" grouping ----
    /** Domestic content: DVA + DDC (T1..T6). */
    public static final String DC = "DC";
    /** Domestic value added: VAX + REF (T1..T5). */
    public static final String DVA = "DVA";
    /** Value added exported and absorbed abroad: T1 + T2 + T3. */
    public static final String VAX = "VAX";
    /** Reflection: T4 + T5. */
    public static final String REF = "REF";
    /** Foreign content: FVA + FDC. */
    public static final String FC = "FC";
    /** Foreign value added: T7 + T8. */
    public static final String FVA = "FVA";
    /** exvatools {@code standard}: EXGR, DC, DVA, VAX, REF, DDC, FC, FVA, FDC. */
    public static final List<String> STANDARD = List.of(EXGR, DC, DVA, VAX, REF, DDC, FC, FVA, FDC);

    /** exvatools {@code kww} {@code terms}: VAX1..3, REF1..2, DDC, FVA1..2, FDC. */
    public static final Map<String, String> EXVATOOLS_TERMS = Map.of(DVA_FIN, "VAX1", DVA_INT, "VAX2",
            DVA_INTREX, "VAX3", RDV_FIN, "REF1", RDV_INT, "REF2", FVA_FIN, "FVA1", FVA_INT, "FVA2");
    /** decompr's key column names ({@code kww}: Country; {@code wwz2kww}: Exporting_Country, ...). */
    public static final Map<String, String> DECOMPR = Map.of(EXPORTER, "Country");
    /** decompr {@code wwz2kww} keys. */
    public static final Map<String, String> DECOMPR_WWZ2KWW = Map.of(EXPORTER, "Exporting_Country",
            SECTOR, "Exporting_Industry", IMPORTER, "Importing_Country");
    /** exvatools' key column name for country totals. */
    public static final Map<String, String> EXVATOOLS = Map.of(EXPORTER, "country");

    /** The standard grouping of the nine terms (EXGR first), in {@link #STANDARD} order. */
    public static double[] standard(double exgr, double[] t) {
        double vax = t[0] + t[1] + t[2];
        double ref = t[3] + t[4];
        double dva = vax + ref;
        double fva = t[6] + t[7];
        return new double[] {exgr, dva + t[5], dva, vax, ref, t[5], fva + t[8], fva, t[8]};
    }
}
