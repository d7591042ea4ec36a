/**
 * gvc4j: global value chain decompositions of multi-regional input-output tables.
 *
 * <p>Start at {@link org.gvc4j.Gvc}: {@code Gvc.load(path)} or {@code Gvc.demo()} gives an
 * {@link org.gvc4j.MrioTable}; {@code io.decompose()} leads through typed steps to a result table.
 *
 * <p>Packages, bottom to top: {@code linalg} (dense numerics, the only BLAS/LAPACK user), {@code model} (the table
 * and its derived Leontief model), {@code method.*} (one package per paper), {@code result} (data frames),
 * {@code dsl} (the fluent steps), {@code source} (readers), {@code cli}.
 */
@NullMarked
package org.gvc4j;

import org.jspecify.annotations.NullMarked;
