/**
 * The full Borin–Mancini accounting of value added in trade, as Stata {@code icio} computes it, at every level
 * (country, exporting sector, pair, exporting sector × importer) and beyond it: the world perspective at every level,
 * the 12 sub-terms (source and sink), VAXIM at every level, value added by country of origin, sector groups (sums,
 * or the group's own perimeter as a rank-|K| update), country groups as one exporter, imports by origin.
 *
 * <p>Sources: A. Borin and M. Mancini (2019), "Measuring What Matters in Global Value Chains and Value-Added Trade",
 * World Bank Policy Research Working Paper 8804; A. Borin and M. Mancini (2023), "Measuring What Matters in Value-Added
 * Trade", Economic Systems Research 35(4); F. Belotti, A. Borin and M. Mancini (2021), "icio: Economic analysis with
 * intercountry input–output tables", Stata Journal 21(3). Formulas: {@code methods.md} §1, §2, §3.1–3.5; conventions
 * (residual value added, output as given) as in its section "Conventions that matter on unbalanced tables".
 *
 * <p>Symbols (country-major blocks, N sectors, G countries, n = GN):
 * <table>
 *   <caption>Symbols and where they come from</caption>
 *   <tr><th>symbol</th><th>meaning</th><th>in code</th></tr>
 *   <tr><td>e_sr, e_s*</td><td>gross exports of s to r, to all</td><td>{@code m.exports(s, r)}, {@code m.exports(s)}</td></tr>
 *   <tr><td>x^{(d)} = B y_{·d}</td><td>output needed for d's final demand</td><td>{@code IcioBase.by()}</td></tr>
 *   <tr><td>L_rr, B_ss</td><td>local and global Leontief blocks</td><td>{@code m.localInverse(r)}, {@code m.domesticBlock(s)}</td></tr>
 *   <tr><td>M_s = Σ_{j≠s} A_sj B_js</td><td>s's re-export loop; B\s_{·s} = B_{·s}(I + M_s)⁻¹</td><td>{@code m.reExportLoop(s)}, {@code m.solveIPlusM(s, ..)}</td></tr>
 *   <tr><td>VLdom_s, VBdom_s, VBfor_s, f_s</td><td>DVA, DC, FC and FVA multipliers (1×N)</td><td>{@code m.vlDom(s)}, {@code m.vbDom(s)}, {@code m.vbFor(s)}, {@code m.fvaMultiplier(s)}</td></tr>
 *   <tr><td>DAE_sr = y_sr + A_sr L_rr y_rr</td><td>absorbed by the direct importer</td><td>{@code ExportAccounts.Flows.dae}</td></tr>
 *   <tr><td>VAXE_sr = y_sr + A_sr (x_r − x_r^{(s)})</td><td>absorbed anywhere but s</td><td>{@code Flows.vaxe}</td></tr>
 *   <tr><td>REFE_sr = A_sr x_r^{(s)}</td><td>returns home and is absorbed there</td><td>{@code Flows.refe}</td></tr>
 *   <tr><td>x̃ = x − B_{·s}(I + M_s)⁻¹ e_s*</td><td>output that does not pass s's exports again (sink)</td><td>{@code ExportAccounts.sinkOutput}</td></tr>
 *   <tr><td>Φ_sr</td><td>the part of e_sr that leaves s for the last time (sink)</td><td>{@code ExportAccounts.sink}</td></tr>
 *   <tr><td>P_sr = A_sr B_rs, W_sr = (I + P_sr)⁻¹</td><td>the bilateral perimeter's loop</td><td>{@code m.bilateralLoop(s, r)}</td></tr>
 *   <tr><td>α</td><td>rank-1 loop of a sector perimeter: (M_s)_nn or (A_sr B_rs)_nn, summed directly</td><td>{@code SelfPerimeters}</td></tr>
 *   <tr><td>K_r = B_rr(I − A_rr)</td><td>the importer perimeter's Woodbury core</td><td>{@code ImportAccounts.importBlock}</td></tr>
 * </table>
 *
 * <p>Sector-level results are icio's exporting-sector breakdown: each 1×N multiplier times the flow, element by
 * element, so sectors sum to countries and importers to sector totals exactly; the self perimeters (sectexp, sectbil,
 * bilateral) are the exception and are not additive. No n×n modified inverse is ever built: one B per table, N×N
 * solves per exporter or pair, rank-1 updates per sector, O(nN) vector work per pair for VAXIM.
 *
 * <p>Not implemented: destination filters (icio's {@code destination()}: where the value added is absorbed), whose
 * split of VAX by absorbing country adds up to VAX only on balanced tables; country groups in the world and self
 * perspectives and as importers; icio's {@code sectimp}.
 *
 * <p>Entry points: {@link org.gvc4j.method.icio.Icio} (frames) and, for users, {@code io.decompose().icio()}.
 * Column names: {@link org.gvc4j.method.icio.IcioColumns}; combinations and file names:
 * {@link org.gvc4j.method.icio.Combination}.
 */
@NullMarked
package org.gvc4j.method.icio;

import org.jspecify.annotations.NullMarked;
