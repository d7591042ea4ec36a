package org.gvc4j.method.tiva;

import java.util.List;
import java.util.Map;

/**
 * Column names of the OECD TiVA-style indicators (the OECD's codes, as exvatools' {@code oecd} method prints them).
 * In each row the sector and partner keys mean what the indicator's own breakdown says (see each constant): the
 * exporting sector and the importer for the export indicators, the product and the exporter for imports, the origin
 * sector and the destination for final demand, the origin sector and country for DFD_FVA and DEXFVAP, and the
 * partner's exporting sector and the partner for FEXDVAP.
 */
public final class TivaColumns {
    private TivaColumns() {
    }

    public static final String COUNTRY = "country";
    public static final String SECTOR = "sector";
    public static final String PARTNER = "partner";

    /** Gross exports e_sr (sector: exporting sector; partner: importer). */
    public static final String EXGR = "EXGR";
    /** Gross exports of final goods y_sr. */
    public static final String EXGR_FNL = "EXGR_FNL";
    /** Gross exports of intermediates Z_sr u′. */
    public static final String EXGR_INT = "EXGR_INT";
    /** Gross imports e_rs (sector: the product; partner: the exporter). */
    public static final String IMGR = "IMGR";
    public static final String IMGR_FNL = "IMGR_FNL";
    public static final String IMGR_INT = "IMGR_INT";
    /** Domestic sales Z_ss u′ + y_ss (partner = the country itself). */
    public static final String DOM = "DOM";
    public static final String DOM_FNL = "DOM_FNL";
    public static final String DOM_INT = "DOM_INT";
    /** Gross trade balance EXGR − IMGR. */
    public static final String BALGR = "BALGR";
    /** Domestic value added content of gross exports, v_s B_ss e (= BM DC; re-imported DVA included). */
    public static final String EXGR_DVA = "EXGR_DVA";
    /** Direct domestic content: the exporting industry's own value added, v_{s,i} (L_ss)_ii e_i. */
    public static final String EXGR_DDC = "EXGR_DDC";
    /** Indirect domestic content: other domestic industries' value added, Σ_{k≠i} v_{s,k} (L_ss)_ki e_i. */
    public static final String EXGR_IDC = "EXGR_IDC";
    /** Re-imported domestic value added, v_s (B_ss − L_ss) e = v_s L_ss M_s e (= BM DDC). */
    public static final String EXGR_RIM = "EXGR_RIM";
    /** exvatools' REF = DVA − FFD_DVA (country level only: it mixes the exporting and origin-sector breakdowns). */
    public static final String REF = "REF";
    /** Value added absorbed by final demand, v_{s,i} (BY)_{(s,i),d} (sector: origin sector; partner: destination). */
    public static final String FD_VA = "FD_VA";
    /** The part absorbed at home (d = s). */
    public static final String DXD_DVA = "DXD_DVA";
    /** The part absorbed abroad (d ≠ s): Johnson–Noguera VAX. */
    public static final String FFD_DVA = "FFD_DVA";
    /** Foreign value added absorbed by s's final demand, v_{t,k} (BY)_{(t,k),s} (sector: origin sector k; partner: origin t). */
    public static final String DFD_FVA = "DFD_FVA";
    /** Value-added trade balance FFD_DVA − DFD_FVA (= BALGR at country level on a balanced table). */
    public static final String BALVAFD = "BALVAFD";
    /** Foreign value added content of gross exports, VBfor_s e (= BM FC). */
    public static final String EXGR_FVA = "EXGR_FVA";
    /** Backward participation by origin: (v_t B_ts)_i e_{s*,i} (sector: exporting sector; partner: origin country t). */
    public static final String DEXFVAP = "DEXFVAP";
    /** Forward participation: s's value added in r's exports of r's sector k, (v_s B_sr)_k e_{r*,k} (partner: r). */
    public static final String FEXDVAP = "FEXDVAP";
    /** BM source DVA, v_s L_ss e (exvatools' {@code standard} DVA; exporting sector). */
    public static final String DVA = "DVA";
    /** exvatools' GVC = DEXFVAP + FEXDVAP (country level only; not BM's GVC). */
    public static final String GVC = "GVC";
    /** Value added va (country or country-sector). */
    public static final String VA = "VA";
    /** Gross output x. */
    public static final String PROD = "PROD";
    /** Johnson–Noguera VAX ratio FFD_DVA / EXGR (country and pair; missing where EXGR = 0). */
    public static final String VAX_RATIO = "VAX_RATIO";

    /** The additive indicators, defined per (country, sector, partner) cell. */
    public static final List<String> CELLS = List.of(EXGR, EXGR_FNL, EXGR_INT, IMGR, IMGR_FNL, IMGR_INT, DOM, DOM_FNL,
            DOM_INT, BALGR, EXGR_DVA, EXGR_DDC, EXGR_IDC, EXGR_RIM, FD_VA, DXD_DVA, FFD_DVA, DFD_FVA, BALVAFD,
            EXGR_FVA, DEXFVAP, FEXDVAP, DVA);
    /** Country level, in exvatools' order plus VAX_RATIO. */
    public static final List<String> COUNTRY_COLUMNS = List.of(EXGR, EXGR_FNL, EXGR_INT, IMGR, IMGR_FNL, IMGR_INT, DOM,
            DOM_FNL, DOM_INT, BALGR, EXGR_DVA, EXGR_DDC, EXGR_IDC, EXGR_RIM, REF, FD_VA, DXD_DVA, FFD_DVA, DFD_FVA,
            BALVAFD, EXGR_FVA, DEXFVAP, FEXDVAP, DVA, GVC, VA, PROD, VAX_RATIO);

    /** exvatools' key names in its country and sector tables. */
    public static final Map<String, String> EXVATOOLS = Map.of(COUNTRY, "country", PARTNER, "partner");
    /** exvatools' key names in its detail tables ({@code make_exvadec} matrices: exporter rows, importer columns). */
    public static final Map<String, String> EXVATOOLS_DETAIL = Map.of(COUNTRY, "exporter", PARTNER, "importer");
}
