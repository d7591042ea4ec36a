/**
 * Koopman, Powers, Wang &amp; Wei (2010): GVC participation (IV/E + FV/E) and position (ln(1 + IV/E) − ln(1 + FV/E)) by
 * country and by country-sector. Entry point: {@link org.gvc4j.method.koopman.Koopman}; column names:
 * {@link org.gvc4j.method.koopman.KoopmanColumns}.
 *
 * <p>Source: R. Koopman, W. Powers, Z. Wang and S.-J. Wei (2010), "Give Credit Where Credit Is Due: Tracing Value Added
 * in Global Production Chains", NBER Working Paper 16426. Formulas: {@code methods.md} §3.15 and its section "Oracle
 * conventions for the classic methods" (the {@code numpy_koopman_kwwiv_*} reference files).
 *
 * <p><b>Which IV.</b> IV is the KWW-2010 indirect value-added export, IV_s = Σ_{r≠s} Σ_{t≠s,r} v_s B_sr y_rt: s's value
 * added in r's final goods absorbed in third countries t. It equals KWW (2014) term T3 and decompr's
 * {@code DVA_INTrex}. Many implementations use instead the TiVA forward measure Σ_{r≠s} v_s B_sr e_r* (exvatools'
 * {@code FEXDVAP}, OECD's DEXFVAP-partner view), which also counts s's value added that r re-exports back to s and that
 * stays in r's intermediate exports; that one is not implemented here.
 *
 * <p>Symbols:
 * <table>
 *   <caption>Symbols and where they come from</caption>
 *   <tr><th>symbol</th><th>meaning</th><th>in code</th></tr>
 *   <tr><td>e_s*, E = u e_s*</td><td>gross exports</td><td>{@code m.exports(s)}</td></tr>
 *   <tr><td>VBfor_s</td><td>foreign content multiplier Σ_{t≠s} v_t B_ts</td><td>{@code m.vbFor(s)}</td></tr>
 *   <tr><td>FV = VBfor_s e_s*</td><td>foreign value added in exports (BM's FC = FVA + FDC)</td><td>{@code Koopman.parts}</td></tr>
 *   <tr><td>q^(s)_r = Σ_{t≠s,r} y_rt</td><td>r's final goods absorbed outside s and r, summed directly</td><td>{@code Koopman.parts}</td></tr>
 *   <tr><td>IV = v_s ∘ B_{s·} q^(s)</td><td>indirect value-added exports, by origin sector</td><td>{@code Koopman.parts}</td></tr>
 * </table>
 * Sector rows: IV by origin sector, FV and E by exporting sector; the shares are missing where e_{s*,i} = 0 even if
 * IV &gt; 0. The position is also missing where 1 + IV/E or 1 + FV/E is not positive (negative exports from inventory
 * changes), with a note; on the reference tables it never is.
 *
 * <p>Cost after the model: per exporter one N×n block of B times an n-vector, 2n² flops in all (8 ms on
 * wiod2013-2011).
 *
 * <p>Identities (tested): FV = BM2023 exporter-perspective FVA + FDC; E = GEXP; IV equals the triple sum written out;
 * sectors sum to countries.
 *
 * <p>Not implemented: the TiVA-IV variant; bilateral participation. No peer package computes these indices; decompr
 * and exvatools provide ingredients ({@link org.gvc4j.method.koopman.KoopmanColumns#DECOMPR},
 * {@link org.gvc4j.method.koopman.KoopmanColumns#EXVATOOLS}).
 */
@NullMarked
package org.gvc4j.method.koopman;

import org.jspecify.annotations.NullMarked;
