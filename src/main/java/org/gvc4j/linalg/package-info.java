/**
 * Dense linear algebra: the only package that talks to BLAS/LAPACK.
 *
 * <p>Matrices are {@link org.gvc4j.linalg.Mat}: flat {@code double[]}, column-major, as BLAS expects.
 * Nothing here knows about countries or sectors; callers pass block offsets. Every operation notes its
 * flop count. Large operations ({@code n×n}) go to the backend chosen at start-up ({@link org.gvc4j.linalg.Backend});
 * small {@code N×N} work (per country, per pair) is plain Java loops, where call overhead would dominate.
 */
@NullMarked
package org.gvc4j.linalg;

import org.jspecify.annotations.NullMarked;
