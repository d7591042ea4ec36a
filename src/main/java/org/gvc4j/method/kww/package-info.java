/**
 * KWW: Koopman, Wang and Wei (2014), "Tracing Value-Added and Double Counting in Gross Exports", American Economic
 * Review 104(2): gross exports of each country in nine terms, by country.
 *
 * <p>Formulas: {@code methods.md} §3.10 (sums over r ≠ s); conventions: residual value added and output as given
 * (decompr), or output recomputed from rows ({@code Conventions.EXVATOOLS}), as the model is built.
 *
 * <table>
 *   <caption>The nine terms</caption>
 *   <tr><th>term</th><th>formula</th><th>exvatools</th></tr>
 *   <tr><td>T1 DVA_FIN</td><td>v_s B_ss Σ_r y_sr</td><td>VAX1</td></tr>
 *   <tr><td>T2 DVA_INT</td><td>v_s Σ_r B_sr y_rr</td><td>VAX2</td></tr>
 *   <tr><td>T3 DVA_INTrex</td><td>v_s Σ_r Σ_{t≠s,r} B_sr y_rt</td><td>VAX3</td></tr>
 *   <tr><td>T4 RDV_FIN</td><td>v_s Σ_r B_sr y_rs</td><td>REF1</td></tr>
 *   <tr><td>T5 RDV_INT</td><td>v_s Σ_r B_sr A_rs L_ss y_ss</td><td>REF2</td></tr>
 *   <tr><td>T6 DDC</td><td>v_s Σ_r B_sr A_rs L_ss e_s* (= BM DDC on any table)</td><td>DDC</td></tr>
 *   <tr><td>T7 FVA_FIN</td><td>VBfor_s Σ_r y_sr</td><td>FVA1</td></tr>
 *   <tr><td>T8 FVA_INT</td><td>VBfor_s Σ_r A_sr L_rr y_rr</td><td>FVA2</td></tr>
 *   <tr><td>T9 FDC</td><td>VBfor_s Σ_r A_sr L_rr e_r* ({@link org.gvc4j.method.kww.Kww.Closure#FORMULA}), or
 *       u e_s* − (T1 + … + T8) as decompr ({@link org.gvc4j.method.kww.Kww.Closure#RESIDUAL})</td><td>FDC</td></tr>
 * </table>
 *
 * <p>Symbols in code: v_s B_sr = {@code Vec.leftBlockTimes(m.vaCoefficients(s), m.leontief(), ..)}; VBdom_s, VBfor_s =
 * {@code m.vbDom(s)}, {@code m.vbFor(s)}; L_rr y_rr and L_rr e_r* = {@code m.localFinal(r)}, {@code m.localExports(r)}.
 *
 * <p>Identities (tested): T1 + T2 + T3 = BM VAX, T1..T5 = BM source DVA and Σ T = u e_s* with the formula closure on
 * balanced tables; T6 = BM DDC on any table; WWZ's country sums map onto T1..T9 ({@code Wwz.kww}). The T9 formula and
 * decompr's residual differ by the table's imbalance: 9% of FDC on wiod2013-2011.
 *
 * <p>Cost after the model: O(n²) for all exporters (row blocks of v B and products with A's blocks; no N×N solve).
 *
 * <p>Peer names ({@link org.gvc4j.method.kww.KwwColumns}): decompr {@code kww} (Country + the nine names above);
 * exvatools {@code kww} {@code terms} (VAX1..3, REF1..2, DDC, FVA1..2, FDC, built from its WWZ) and {@code standard}
 * (EXGR, DC, DVA, VAX, REF, DDC, FC, FVA, FDC). Not implemented: KWW below the country level (not defined).
 */
@NullMarked
package org.gvc4j.method.kww;

import org.jspecify.annotations.NullMarked;
