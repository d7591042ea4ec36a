/**
 * OECD TiVA-style indicators: the OECD's Trade in Value Added indicator set (EXGR_DVA, EXGR_FVA, EXGR_DDC, EXGR_IDC,
 * EXGR_RIM, FFD_DVA, DXD_DVA, DFD_FVA, BALVAFD, DEXFVAP, FEXDVAP and the gross-trade items) and the Johnson–Noguera
 * VAX ratio, by country, country × sector, country × partner and country × sector × partner, as exvatools'
 * {@code make_exvadec(method = "oecd", output = "tiva")} computes them on a custom table.
 *
 * <p>Sources: OECD, "Guide to OECD Trade in Value Added (TiVA) Indicators" (2023 edition); R. Johnson and
 * G. Noguera (2012), "Accounting for intermediates", Journal of International Economics 86(2). Formulas:
 * {@code methods.md} §3.14 and its last section ("Peer-oracle readings": which breakdown each column uses).
 *
 * <table>
 *   <caption>Indicators, formulas and the meaning of the sector and partner keys</caption>
 *   <tr><th>indicator</th><th>cell (s, i, partner)</th><th>sector i</th><th>partner</th></tr>
 *   <tr><td>EXGR (_FNL, _INT)</td><td>e_sr,i (y_sr,i; Z_sr u′)</td><td>exporting</td><td>importer r</td></tr>
 *   <tr><td>IMGR (_FNL, _INT)</td><td>e_rs,i</td><td>product</td><td>exporter r</td></tr>
 *   <tr><td>DOM (_FNL, _INT)</td><td>Z_ss u′ + y_ss</td><td>producing</td><td>s itself</td></tr>
 *   <tr><td>BALGR</td><td>EXGR − IMGR</td><td>mixed</td><td>r</td></tr>
 *   <tr><td>EXGR_DVA</td><td>(v_s B_ss)_i e_sr,i (= BM DC)</td><td>exporting</td><td>importer</td></tr>
 *   <tr><td>EXGR_DDC / EXGR_IDC</td><td>v_s,i (L_ss)_ii e_sr,i / Σ_{k≠i} v_s,k (L_ss)_ki e_sr,i</td><td>exporting</td><td>importer</td></tr>
 *   <tr><td>EXGR_RIM</td><td>(v_s L_ss M_s)_i e_sr,i = (v_s (B_ss − L_ss))_i e_sr,i (= BM DDC)</td><td>exporting</td><td>importer</td></tr>
 *   <tr><td>FD_VA, DXD_DVA, FFD_DVA</td><td>v_s,i (BY)_{(s,i),d}: all d, d = s, d ≠ s</td><td>origin</td><td>destination d</td></tr>
 *   <tr><td>DFD_FVA</td><td>v_t,i (BY)_{(t,i),s}, t ≠ s</td><td>origin</td><td>origin country t</td></tr>
 *   <tr><td>BALVAFD</td><td>FFD_DVA − DFD_FVA</td><td>origin</td><td>mixed</td></tr>
 *   <tr><td>EXGR_FVA</td><td>(VBfor_s)_i e_sr,i (= BM FC)</td><td>exporting</td><td>importer</td></tr>
 *   <tr><td>DEXFVAP</td><td>(v_t B_ts)_i e_s*,i</td><td>exporting</td><td>origin country t</td></tr>
 *   <tr><td>FEXDVAP</td><td>(v_s B_sr)_i e_r*,i</td><td>r's exporting sector</td><td>exporter r</td></tr>
 *   <tr><td>DVA</td><td>(v_s L_ss)_i e_sr,i (BM source DVA)</td><td>exporting</td><td>importer</td></tr>
 * </table>
 * Country only: REF = DVA − FFD_DVA and GVC = DEXFVAP + FEXDVAP (exvatools' definitions: REF equals BM's REF at the
 * country level; this GVC is <b>not</b> BM's GVC), VA, PROD and VAX_RATIO = FFD_DVA / EXGR. Sector: VA, PROD. Pair:
 * VAX_RATIO = FFD_DVA_sr / EXGR_sr (Johnson–Noguera's bilateral VAX ratio; missing for partner = country). The
 * VAX ratio is not given by sector: FFD_DVA is by origin sector, EXGR by exporting sector.
 *
 * <p>Symbols in code: BY = {@code Dense.times(m.leontief(), m.finalDemand())}; v = {@code Leontief.vaCoefficients(m)}
 * (the model's v, with exvatools' v = 1 for isolated industries of negative recomputed output under
 * {@code Conventions.EXVATOOLS}, whose VA and PROD are then that negative output, as exvatools prints them);
 * VBdom_s, VLdom_s, VBfor_s, L_ss, M_s = {@code m.vbDom(s)}, {@code m.vlDom(s)}, {@code m.vbFor(s)},
 * {@code m.localInverse(s)}, {@code m.reExportLoop(s)}.
 *
 * <p>Identities (tested): EXGR = EXGR_DVA + EXGR_FVA and EXGR_DVA = EXGR_DDC + EXGR_IDC + EXGR_RIM (residual VA, any
 * table); EXGR_FVA = Σ partners DEXFVAP; EXGR_RIM = BM DDC, EXGR_DVA = BM DC, EXGR_FVA = BM FC; BALVAFD = BALGR
 * per country and FD_VA = VA on balanced tables.
 *
 * <p>Cost after the model: 2n²G for BY (one GEMM), 2n² for the row and column blocks of V̂B, O(N²) per country for
 * the diagonal of L_ss, O(nG) per indicator for the cells.
 *
 * <p>Peer names ({@link org.gvc4j.method.tiva.TivaColumns}): the OECD codes, which exvatools uses; keys
 * {@code country}, {@code sector}, {@code partner} as in the exvatools files of {@code ../shared/reference}
 * (exporter/importer in exvatools' detail matrices). Not implemented: the OECD's industry aggregates, the
 * China/Mexico processing-trade split of the official ICIO, and indicators that need data beyond Z, Y and X
 * (employment, CO2).
 */
@NullMarked
package org.gvc4j.method.tiva;

import org.jspecify.annotations.NullMarked;
