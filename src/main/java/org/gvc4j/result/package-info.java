/**
 * Results as Tablesaw data frames with metadata: {@link org.gvc4j.result.MeasureTable}. Column names are the papers'
 * symbols (documented once in {@code dsl-docs/glossary.md}); {@link org.gvc4j.result.Naming} renames them to a
 * peer package's names.
 *
 * <p><b>Missing values.</b> A measure has no value where it is a ratio with a zero denominator (shares of a
 * zero-output industry, of a country without exports or GVC trade, of zero GDP). Such a value is <i>missing</i>:
 * NaN in the Tablesaw table and in {@code column()} (Tablesaw's own missing double, so {@code isMissing} holds), an
 * empty cell in CSV, {@code NA} in printed tables, and the result's notes name the columns and rows. No other NaN
 * and no ±Infinity ever reaches a result: methods build rows through {@link org.gvc4j.method.Frame}, which refuses an
 * overflow as an error and any other NaN as a bug.
 */
@NullMarked
package org.gvc4j.result;

import org.jspecify.annotations.NullMarked;
