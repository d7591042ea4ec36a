/**
 * WWZ: Wang, Wei and Zhu (2013), "Quantifying International Production Sharing at the Bilateral and Sector Levels",
 * NBER Working Paper 19677: gross exports of each exporting country-sector to each importer in sixteen terms, with
 * decompr's diagnostics, summable to exporter × sector, exporter × importer and exporter.
 *
 * <p>Formulas: {@code methods.md} §3.9 (table of terms, groups, diagnostics) and §3.10 (WWZ→KWW). # is the
 * element-wise (exporting-sector) product. Conventions: residual value added and output as given (decompr), or output
 * recomputed from rows ({@code Conventions.EXVATOOLS}), as the model is built.
 *
 * <table>
 *   <caption>Symbols and where they come from</caption>
 *   <tr><th>symbol</th><th>meaning</th><th>in code</th></tr>
 *   <tr><td>v_s B_ss, v_s L_ss</td><td>domestic content and first-exit DVA multipliers</td><td>{@code m.vbDom(s)}, {@code m.vlDom(s)}</td></tr>
 *   <tr><td>v_s L_ss M_s</td><td>= v_s B_ss − v_s L_ss without cancellation (DDC_INT)</td><td>{@code m.reExportLoop(s)}</td></tr>
 *   <tr><td>v_r B_rs, Σ_{t≠s,r} v_t B_ts</td><td>the direct importer's and other countries' VA multipliers (MVA, OVA)</td><td>{@code Vec.leftBlockTimes}</td></tr>
 *   <tr><td>Q_t = B_{·t} Y_t</td><td>block r, column u: B_rt y_tu; all final-demand brackets are sums of these</td><td>{@code Wwz.brackets}</td></tr>
 *   <tr><td>A_sr L_rr y_rr, A_sr L_rr e_r*</td><td>DAE and RE of the pair without y_sr</td><td>{@code m.localFinal(r)}, {@code m.localExports(r)}</td></tr>
 *   <tr><td>Z_sr u′ = A_sr x_r</td><td>intermediate exports (DDC_INT, texpint)</td><td>{@code m.exports(s, r) − m.yBlock(s, r)}</td></tr>
 * </table>
 *
 * <p>Entry point {@link org.gvc4j.method.wwz.Wwz}: {@code terms(level)} (16 terms, texp/texpint/texpfd, decompr's
 * diagnostics, DViX_Fsr), {@code standard(level)} (exvatools' grouping: EXGR, DC, DVA, VAX, REF, DDC, FC, FVA, FDC)
 * and {@code kww(level)} (decompr's {@code wwz2kww}), at the levels of {@link org.gvc4j.method.icio.Level}. Rows with
 * importer = exporter, which decompr prints as zeros, are left out.
 *
 * <p>Identities (tested on balanced random tables): the sixteen terms add up to e_sr per exporting sector (on an
 * unbalanced table the gap is decompr's texpdiff: −203 for one wiod2013-2011 pair); DC and FC equal BM's; summed to
 * the country, DVA and VAX equal BM exporter/source, and DDC equals it on any table; FVA = KWW T7 + T8; the terms
 * 1 + 11 + 12 equal final-goods exports with residual value added.
 *
 * <p>Cost after the model: 2n²G for the brackets (G GEMMs B_{·t} Y_t of n×N by N×G, each used at once and dropped),
 * O(G³N) to sum them per pair, 22N² per pair for the products with A_sr and 2nN per exporter for v_t B_ts: about
 * 4n²G flops in all, against decompr's ten dense n×n products (≈ 20n³).
 *
 * <p>Peer names ({@link org.gvc4j.method.wwz.WwzColumns}): decompr's, which gvc4j uses; exvatools {@code terms}
 * (DVA_INTrex1..3, RDV_FIN1, FVA_FIN1/2, FVA_INT1/2) and {@code terms2} (MVA/OVA as decompr, but <b>exvatools 0.9.0
 * prints OVA_FIN's values under OVA_INT and OVA_INT's under OVA_FIN</b>: gvc4j keeps the correct labels and
 * {@code WwzColumns.EXVATOOLS_TERMS2} maps them to what exvatools prints). decompr's code comments for terms 6–8 are
 * permuted relative to its (correct) labels, and its documentation of DVA_INTrexI1 says "absorbed by the direct
 * importer" where the formula absorbs it in third countries (methods.md §4.12).
 *
 * <p>Not implemented: WWZ's further splits of the double-counted terms by final/intermediate use beyond the sixteen
 * terms, and decompr's {@code null_inventory}.
 */
@NullMarked
package org.gvc4j.method.wwz;

import org.jspecify.annotations.NullMarked;
