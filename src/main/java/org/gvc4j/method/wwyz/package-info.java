/**
 * Wang, Wei, Yu &amp; Zhu (2017): production-based GVC participation (forward and backward, simple and complex) and
 * production lengths with the GVC position index, the measures behind the UIBE GVC index. Entry point:
 * {@link org.gvc4j.method.wwyz.Wwyz}; column names: {@link org.gvc4j.method.wwyz.WwyzColumns}.
 *
 * <p>Sources: Z. Wang, S.-J. Wei, X. Yu and K. Zhu (2017), "Measures of Participation in Global Value Chains and
 * Global Business Cycles", NBER Working Paper 23222; (2017), "Characterizing Global Value Chains: Production Length and
 * Upstreamness", NBER Working Paper 23261. Formulas: {@code methods.md} §3.13; readings and conventions: its section
 * "Oracle conventions for the classic methods" (output as given, value added the residual x − u Z, zero-output columns
 * of A zeroed), which the {@code numpy_wwyz_*} reference files follow.
 *
 * <p>Symbols (country-major blocks, N sectors, G countries, n = GN):
 * <table>
 *   <caption>Symbols and where they come from</caption>
 *   <tr><th>symbol</th><th>meaning</th><th>in code</th></tr>
 *   <tr><td>v, va</td><td>value added per unit of output, value added (residual)</td><td>{@code m.vaCoefficients()}, {@code m.valueAdded(s)}</td></tr>
 *   <tr><td>y = Y u′</td><td>final-goods output of each industry (FGY)</td><td>{@code m.finalDemandRowSums()}</td></tr>
 *   <tr><td>y^D, y^F</td><td>its part absorbed at home (y_ss) and abroad</td><td>{@code Wwyz.participationParts} from {@code m.finalDemand()}</td></tr>
 *   <tr><td>L = blockdiag(L_ss)</td><td>domestic Leontief inverses</td><td>{@code m.localInverse(s)}; {@code Wwyz.localTimes}, {@code localLeftTimes}</td></tr>
 *   <tr><td>A_F = A − blockdiag(A_ss)</td><td>imported inputs (intermediate trade)</td><td>{@code m.aForeignTimes(vec)}; {@code Wwyz.foreignLeftTimes}</td></tr>
 *   <tr><td>B</td><td>global Leontief inverse</td><td>{@code m.leontief()} through {@code Dense.times}/{@code leftTimes}</td></tr>
 *   <tr><td>V_D, V_RT, V_GVC_S, V_GVC_C</td><td>V̂LŶ^D, V̂LŶ^F, V̂LA_FLŶ^D, V̂LA_F(BŶ − LŶ^D): pure domestic,
 *       traditional trade, simple GVC, complex GVC</td><td>row sums VD…VGVC_C, column sums YD…YGVC_C</td></tr>
 *   <tr><td>GVCPt_f, GVCPt_b</td><td>(V_GVC_S + V_GVC_C) u′ / va and u (V_GVC_S + V_GVC_C) / y</td><td>{@code participationBySector()}, {@code participationByCountry()}</td></tr>
 *   <tr><td>PLv, PLy</td><td>(BBy) ⊘ (By), (vBB) ⊘ (vB)</td><td>{@code lengthBySector()}</td></tr>
 *   <tr><td>PLv_GVC, PLy_GVC</td><td>the same for V̂(LLA_FB + LA_FBB)Ŷ over V̂LA_FBŶ (BB − LL = LLA_FB + LA_FBB)</td><td>{@code lengthBySector()}</td></tr>
 *   <tr><td>GVC_position</td><td>PLv_GVC / PLy_GVC</td><td>{@code lengthBySector()}, {@code lengthByCountry()}</td></tr>
 * </table>
 *
 * <p>Country figures are ratios of country sums, never means of sector ratios: participation sums the parts over the
 * country's industries; the forward lengths are weighted by v_i (row sums of V̂XŶ), the backward ones by y_j (column
 * sums); the position is the ratio of the two country GVC lengths.
 *
 * <p>On unbalanced tables: the four forward parts add up to v ∘ B y, which equals va only on a balanced table (gap up
 * to 6.5e-4 relative on wiod2013-2011); the shares divide by va regardless, as §3.13 writes them. The backward parts
 * add up to y wherever x &gt; 0 (residual va); at a zero-output industry with final demand they add up to 0. PLy equals
 * downstreamness u B wherever x &gt; 0; PLv equals upstreamness only on balanced tables.
 *
 * <p>Cost after the model (no n×n product, no second inverse): participation about 12n² flops (B y, three products
 * with A_F, two with B from the left) plus block-diagonal L products (2nN each); lengths about 16n². On wiod2013-2011
 * (n = 1435) both together take about 0.05 s (BENCHMARKS.md).
 *
 * <p>Not implemented: WWYZ's split of the production lengths into domestic, border-crossing and foreign segments, and
 * the simple/complex split of the lengths; bilateral (country-pair) participation; sector-to-sector V̂BŶ output
 * (the n×n matrices themselves). No peer package computes these measures; common2016/MeasureGVC's {@code up} and
 * {@code dw} are GVCPt_f and GVCPt_b ({@link org.gvc4j.method.wwyz.WwyzColumns#MEASURE_GVC}).
 */
@NullMarked
package org.gvc4j.method.wwyz;

import org.jspecify.annotations.NullMarked;
