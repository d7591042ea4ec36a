/**
 * Antràs–Chor upstreamness and downstreamness: how many production stages separate an industry from final use
 * (upstreamness U) and from primary inputs (downstreamness D). Entry point:
 * {@link org.gvc4j.method.upstreamness.Upstreamness}; column names: {@link org.gvc4j.method.upstreamness.UpstreamnessColumns}.
 *
 * <p>Sources: P. Antràs, D. Chor, T. Fally and R. Hillberry (2012), "Measuring the Upstreamness of Production and
 * Trade Flows", American Economic Review P&amp;P 102(3); P. Antràs and D. Chor (2018), "On the Measurement of
 * Upstreamness and Downstreamness in Global Value Chains", in World Trade Evolution (Routledge); T. Fally (2012),
 * "Production Staging: Measurement and Facts"; R. Miller and U. Temurshoev (2017), "Output Upstreamness and Input
 * Downstreamness of Industries/Countries in World Production", International Regional Science Review 40(5).
 * Formulas: {@code methods.md} §3.16 and its section "Oracle conventions for the classic methods" (the
 * {@code numpy_upstreamness_ghosh_*} and {@code numpy_downstreamness_ub_*} reference files).
 *
 * <p>Symbols:
 * <table>
 *   <caption>Symbols and where they come from</caption>
 *   <tr><th>symbol</th><th>meaning</th><th>in code</th></tr>
 *   <tr><td>x</td><td>gross output as the conventions read it (the given X by default)</td><td>{@code m.output()}</td></tr>
 *   <tr><td>Δ = X̂⁻¹ Z</td><td>Ghosh (allocation) coefficients; rows zero where x = 0</td><td>never formed</td></tr>
 *   <tr><td>G = (I − Δ)⁻¹ = X̂⁻¹ B X̂</td><td>Ghosh inverse, from B without a second inversion</td><td>never formed</td></tr>
 *   <tr><td>c = Z_{·Q} u′</td><td>sales to the zero-output industries Q (0 on every reference table)</td><td>{@code Upstreamness.upstreamness()}</td></tr>
 *   <tr><td>U = G u′ = X̂⁻¹ B (x + c)</td><td>upstreamness (1 where x = 0)</td><td>{@code upstreamness()}, {@code upstreamnessBySector()}</td></tr>
 *   <tr><td>D = u B</td><td>downstreamness, column sums of B (1 where x = 0)</td><td>{@code downstreamness()}, {@code downstreamnessBySector()}</td></tr>
 * </table>
 * Countries: output-weighted, Σ x_i U_i / Σ x_i and Σ x_j D_j / Σ x_j ({@code upstreamnessByCountry()},
 * {@code downstreamnessByCountry()}).
 *
 * <p>Identities (tested on random tables): U equals WWYZ's forward length PLv where x &gt; 0 on balanced tables only
 * (gap up to 0.18 on wiod2013-2011, 3e-10 on lrwiod-2000); D equals WWYZ's backward length PLy where x &gt; 0 on any
 * table with residual value added.
 *
 * <p>Cost after the model: one product of B with a vector each (2n² flops), plus n·|Q| for c. On wiod2013-2011 both,
 * by sector and by country, take about 4 ms.
 *
 * <p>Not implemented: the Antràs–Chor–Fally–Hillberry correction for net inventories (methods.md mentions it but does
 * not define it); the value-added-weighted downstreamness; upstreamness of trade flows (export- or import-weighted
 * country figures). No peer package computes these measures.
 */
@NullMarked
package org.gvc4j.method.upstreamness;

import org.jspecify.annotations.NullMarked;
