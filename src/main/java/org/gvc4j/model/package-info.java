/**
 * The MRIO table as data ({@link org.gvc4j.model.IoTable}), the conventions that turn it into coefficients
 * ({@link org.gvc4j.model.Conventions}) and the derived Leontief model shared by all methods
 * ({@link org.gvc4j.model.LeontiefModel}).
 *
 * <p>Notation follows {@code methods.md} §1: G countries, N sectors, n = GN, country-major order.
 */
@NullMarked
package org.gvc4j.model;

import org.jspecify.annotations.NullMarked;
