/**
 * Revealed comparative advantage: Balassa's index on gross exports and on value added in exports. Entry point:
 * {@link org.gvc4j.method.rca.Rca}; column names: {@link org.gvc4j.method.rca.RcaColumns}.
 *
 * <p>Sources: B. Balassa (1965), "Trade Liberalisation and 'Revealed' Comparative Advantage", The Manchester School
 * 33(2); R. Koopman, Z. Wang and S.-J. Wei (2014), "Tracing Value-Added and Double Counting in Gross Exports", American
 * Economic Review 104(2), for the value-added version. Formulas: {@code methods.md} §3.17 with the correction in its
 * section "Oracle conventions for the classic methods" (the {@code numpy_rca_*} reference files).
 *
 * <p>Symbols:
 * <table>
 *   <caption>Symbols and where they come from</caption>
 *   <tr><th>symbol</th><th>meaning</th><th>in code</th></tr>
 *   <tr><td>e_{s*,i} (EXGR)</td><td>gross exports of the country-sector</td><td>{@code m.exports(s)}</td></tr>
 *   <tr><td>L_ss e_s*</td><td>domestic output needed for s's exports (cached by the model)</td><td>{@code m.localExports(s)}</td></tr>
 *   <tr><td>DViX_F_{s,i} = v_{s,i} [L_ss e_s*]_i</td><td>sector i's value added in all of s's exports (forward linkage)</td><td>{@code valueAddedBySector()}</td></tr>
 *   <tr><td>RCA_{s,i}</td><td>(w_{s,i} / Σ_k w_{s,k}) / (Σ_c w_{c,i} / Σ_c Σ_k w_{c,k})</td><td>{@code grossBySector()}, {@code valueAddedBySector()}</td></tr>
 * </table>
 * World totals run over every country of the table, the rest of the world included. Missing where the country's or the
 * sector's world total is zero (a country without exports).
 *
 * <p>Correction to methods.md §3.17, as the oracle section says: DViX_F already contains the reflected domestic value
 * added (RDV): summed over i it is BM source DVA = VAX + REF (tested against BM2023's exporter DVA). The VAX-only
 * forward variant (without RDV) is not implemented.
 *
 * <p>Cost after the model: O(n) (under a millisecond on wiod2013-2011).
 *
 * <p>Peer names: decompr's {@code DViX_Fsr} (WWZ, bilateral) summed over importers is DViX_F; exvatools calls gross
 * exports {@code EXGR}. Neither computes the RCA itself.
 */
@NullMarked
package org.gvc4j.method.rca;

import org.jspecify.annotations.NullMarked;
