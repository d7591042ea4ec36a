/**
 * The estimation engine: the sample (missing values, singletons, all-0/all-1 groups, separation), OLS and IRLS
 * (logit, probit, Poisson) on demeaned columns, collinearity by Cholesky, and the variance with fixest's
 * small-sample corrections. Used through {@link org.gvc4j.stats.Estimate}.
 */
@NullMarked
package org.gvc4j.stats.engine;

import org.jspecify.annotations.NullMarked;
