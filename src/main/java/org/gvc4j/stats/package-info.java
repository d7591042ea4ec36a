/**
 * Econometrics with GVC indicators: OLS, logit, probit and PPML with any number of absorbed fixed effects, exact to
 * R's fixest 0.14.2 (conventions in {@code dsl-docs/stats/README.md}).
 *
 * <p>Start at {@link org.gvc4j.stats.Estimate}: {@code Estimate.ppml(data, "trade ~ rta | exp^year + imp^year +
 * pair").cluster("pair").fit()} gives a {@link org.gvc4j.stats.Fit}; {@link org.gvc4j.stats.RegressionTable} puts
 * fits side by side. Subpackages: {@code formula} (parser, R term names), {@code data} (columns as primitive arrays),
 * {@code fe} (demeaning), {@code engine} (sample rules, IRLS, variance). No BLAS: the dense algebra is k×k.
 */
@NullMarked
package org.gvc4j.stats;

import org.jspecify.annotations.NullMarked;
