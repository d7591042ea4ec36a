/**
 * Average propagation length (Dietzenbacher, Romero &amp; Bosma 2005): the average number of production steps a cost
 * push (or a demand pull) takes from industry i to industry j. Entry point: {@link org.gvc4j.method.apl.Apl};
 * column names: {@link org.gvc4j.method.apl.AplColumns}.
 *
 * <p>Source: E. Dietzenbacher, I. Romero and N. S. Bosma (2005), "Using Average Propagation Lengths to Identify
 * Production Chains in the Andalusian Economy", Estudios de Economía Aplicada 23(2). Formulas: {@code methods.md}
 * §3.16 and its section "Oracle conventions for the classic methods" (the {@code numpy_apl_*} reference files). The
 * Ghosh inverse gives the same APL_ij (§3.16), so there is one APL, not a forward and a backward one.
 *
 * <p>Symbols:
 * <table>
 *   <caption>Symbols and where they come from</caption>
 *   <tr><th>symbol</th><th>meaning</th><th>in code</th></tr>
 *   <tr><td>B − I = A B = B A</td><td>the paths of length ≥ 1 (the denominator)</td><td>{@code m.coefficients()}, {@code m.leontief()}</td></tr>
 *   <tr><td>B (B − I) = B A B</td><td>the same paths weighted by their length (the numerator)</td><td>—</td></tr>
 *   <tr><td>APL_ij</td><td>[B(B − I)]_ij / (B − I)_ij where (B − I)_ij &gt; 0, missing elsewhere</td><td>{@code matrix()}, {@code cells()}</td></tr>
 *   <tr><td>APL_forward_i</td><td>Σ_j [B(B − I)]_ij / Σ_j (B − I)_ij (the industry's row)</td><td>{@code bySector()}</td></tr>
 *   <tr><td>APL_backward_j</td><td>Σ_i [B(B − I)]_ij / Σ_i (B − I)_ij (its column)</td><td>{@code bySector()}</td></tr>
 *   <tr><td>APL_sr</td><td>the same over i ∈ s, j ∈ r, s = r included</td><td>{@code byCountryPair()}</td></tr>
 * </table>
 * The aggregates are (B − I)-weighted means of APL_ij: ratios of sums of numerator and denominator cells, over all
 * cells of the block (equal to the sums over the cells with (B − I)_ij &gt; 0 when A ≥ 0).
 *
 * <p>Cost after the model: the aggregates need products with vectors only, written with A B instead of B − I (forming
 * B − I loses digits where B_ii is close to 1): sectors 8n² flops, country pairs 4n²G (two n×n by n×G products;
 * 0.014 s together on wiod2013-2011). The full matrix is one n×n product B·(B − I), 2n³ flops, with the diagonal of
 * B − I computed as (A B)_ii (n² flops): 0.4 s on wiod2013-2011 natively, 5 s on the pure-Java backend; its long form
 * (n² rows, 2.06 million on wiod2013-2011) about 0.8 s natively and about 250 MB of heap.
 *
 * <p>Unreachable pairs: where j cannot be reached from i (and at zero-output industries) (B − I)_ij is exactly 0 in the
 * computed B on the reference tables (the 6.5% of wiod2013-2011's cells the oracle marks NaN); a roundoff-sized
 * positive value there would give a meaningless APL, which is why the long form is best read with the aggregates.
 *
 * <p>Not implemented: APL on the Ghosh side as a separate measure (it is identical), APL restricted to GVC paths, the
 * pass-through frequency (§3.18, unverified). No peer package computes APL.
 */
@NullMarked
package org.gvc4j.method.apl;

import org.jspecify.annotations.NullMarked;
