/**
 * Estimation data as primitive columns: {@link org.gvc4j.stats.data.ColumnSource} over a Tablesaw table or arrays,
 * integer-coded factors (combinations {@code a^b} included), formula evaluation, and a seeded synthetic gravity panel.
 */
@NullMarked
package org.gvc4j.stats.data;

import org.jspecify.annotations.NullMarked;
