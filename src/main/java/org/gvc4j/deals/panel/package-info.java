/**
 * Deals as data: the deal database with the fields of the report's Annex 8.2
 * ({@link org.gvc4j.deals.panel.DealDatabase}, {@link org.gvc4j.deals.panel.Deal}) and the dyad-year panel with the
 * comparisons of §8.4 ({@link org.gvc4j.deals.panel.DealPanel}).
 * <table>
 *   <caption>Panel quantities</caption>
 *   <tr><th>quantity</th><th>meaning</th><th>in code</th></tr>
 *   <tr><td>D_ijt</td><td>1 when i and j have a deal started by year t (signing or entry into force; accessions from
 *   their year; persists)</td><td>{@code deal} of {@link org.gvc4j.deals.panel.DealPanel#toTable()} and
 *   {@link org.gvc4j.deals.panel.DealPanel#mergeInto}</td></tr>
 *   <tr><td>B_ijt</td><td>1 when one of those deals is coded binding (for deal × binding)</td><td>{@code binding}</td></tr>
 *   <tr><td>Σ_ij D_ijt, Σ_{s≤t} Σ_ij D_ijs</td><td>dyads with a deal in t, and dyad-years up to t (Fig. 8.1)</td>
 *   <td>{@link org.gvc4j.deals.panel.DealPanel#cumulative()}</td></tr>
 *   <tr><td>P(RTA | deal dyad at signing) vs P(RTA | non-deal dyad)</td><td>§8.4's comparison</td>
 *   <td>{@link org.gvc4j.deals.panel.DealPanel#rtaAtSigning}</td></tr>
 *   <tr><td>shared bloc, North/South</td><td>§8.4's descriptions of deal dyads</td>
 *   <td>{@link org.gvc4j.deals.panel.DealPanel#sharedBloc}, {@link org.gvc4j.deals.panel.DealPanel#northSouth}</td></tr>
 * </table>
 * Not implemented: deals that end (the report's deals persist once signed), withdrawals.
 */
@NullMarked
package org.gvc4j.deals.panel;

import org.jspecify.annotations.NullMarked;
