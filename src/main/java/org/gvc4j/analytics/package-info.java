/**
 * Descriptive analytics between GVC indicators (or any country-year series) and a report figure: group aggregates,
 * ratios to a reference group, distance to the lead economy, growth and β-convergence, the Gini coefficient,
 * composite z-score indices, dyad summaries, panel chores for PPML, distributions by group and event-time means
 * (GVC Development Report 2025, chapters 7–8; issue 17). Inputs and outputs are Tablesaw tables with named columns;
 * every method leaves its input unchanged and says which rows it leaves out.
 *
 * <p>Symbols (c economy, g group, t year, p weight such as population):
 * <table>
 *   <caption>Symbols and where they are computed</caption>
 *   <tr><th>symbol</th><th>meaning</th><th>in code</th></tr>
 *   <tr><td>Σ_{c∈g} p_c v_c / Σ_{c∈g} p_c</td><td>weighted group mean (p = 1: unweighted)</td><td>{@link org.gvc4j.analytics.Groups#mean}</td></tr>
 *   <tr><td>Σ_{c∈g} GDP_c / Σ_{c∈g} pop_c</td><td>population-weighted GDP per capita of a group (Fig. 7.4)</td><td>{@link org.gvc4j.analytics.Groups#ratioOfSums}</td></tr>
 *   <tr><td>V_g,t / V_ref,t</td><td>ratio to the reference group</td><td>{@link org.gvc4j.analytics.Groups#ratioToReference}</td></tr>
 *   <tr><td>y_c,t / y_lead,t</td><td>ratio to the lead economy; lead = max y with p ≥ floor (Fig. 7.8)</td><td>{@link org.gvc4j.analytics.Lead#relativeToLead}, {@link org.gvc4j.analytics.Lead.Rule}</td></tr>
 *   <tr><td>100 (ln y₁ − ln y₀)/(t₁ − t₀); 100((y₁/y₀)^{1/(t₁−t₀)} − 1)</td><td>average annual growth, log and compound (%)</td><td>{@link org.gvc4j.analytics.Growth#averageAnnual}, {@link org.gvc4j.analytics.Growth.Kind}</td></tr>
 *   <tr><td>y₀, y₁, y₁ − y₀</td><td>levels in two years (45° line, Fig. 7.5) and the change (Fig. 7.13)</td><td>{@link org.gvc4j.analytics.Growth#between}</td></tr>
 *   <tr><td>g_c = a + β ln y₀_c + e_c</td><td>β-convergence, HC1 SE, t(n−2) p-value (Fig. 7.7)</td><td>{@link org.gvc4j.analytics.Growth#convergence}</td></tr>
 *   <tr><td>G = ΣΣ p_i p_j |y_i − y_j| / (2P²μ)</td><td>Gini, weighted and unweighted (no n/(n−1)) (Fig. 7.6)</td><td>{@link org.gvc4j.analytics.Inequality#gini(double[], double[])}, {@link org.gvc4j.analytics.Inequality#giniByYear}</td></tr>
 *   <tr><td>z_c,k,t = (x − mean_t)/sd_t; mean_k z</td><td>composite index of yearly z-scores, missing-component rule</td><td>{@link org.gvc4j.analytics.CompositeIndex#index}, {@link org.gvc4j.analytics.CompositeIndex.MissingRule}</td></tr>
 *   <tr><td>max(v_o, v_d), (v_o + v_d)/2, |v_o − v_d|; v / Σ v</td><td>dyad summaries; world share</td><td>{@link org.gvc4j.analytics.Dyads#summarise}, {@link org.gvc4j.analytics.Dyads#worldShare}</td></tr>
 *   <tr><td>v_c,t ← v_c,t′ (t′ &lt; t last observed)</td><td>carry-forward within a panel unit</td><td>{@link org.gvc4j.analytics.Panels#carryForward}</td></tr>
 *   <tr><td>X_od,t = 0 where unobserved</td><td>complete flow panel for PPML</td><td>{@link org.gvc4j.analytics.Panels#completeWithZeros}</td></tr>
 *   <tr><td>Q(p) type 7; Tukey box; KDE, h = bw.nrd0</td><td>quantiles, box statistics and densities by group (Figs. 8.8–8.9)</td><td>{@link org.gvc4j.analytics.Distributions}</td></tr>
 *   <tr><td>m_k ± t_{n_k−1} s_k/√n_k</td><td>mean outcome k periods from the event with its band (Fig. 8.10)</td><td>{@link org.gvc4j.analytics.EventStudy#eventTimeMeans}</td></tr>
 * </table>
 *
 * <p>Checked against {@code ../shared/reference/stats} ({@code gini-catchup}: the Gini by year and the ratio to the
 * lead; {@code convergence}: the β-convergence fit) by {@code AnalyticsReferenceTest}, and by property tests.
 * Charts of these tables: {@code org.gvc4j.chart}.
 */
@NullMarked
package org.gvc4j.analytics;

import org.jspecify.annotations.NullMarked;
