/**
 * Absorbing fixed effects: weighted demeaning by block Gauss–Seidel on the fixed-effect coefficients with Irons–Tuck
 * acceleration (fixest's scheme), and the fixed thread pool that demeans columns or row ranges in parallel.
 */
@NullMarked
package org.gvc4j.stats.fe;

import org.jspecify.annotations.NullMarked;
