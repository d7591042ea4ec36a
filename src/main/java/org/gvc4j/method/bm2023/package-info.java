/**
 * Borin &amp; Mancini (2023), value added in exports: the exporter perspective (source and sink approaches) and the
 * bilateral ("pure") perimeter, with the four fields of the seed package (DVA, DDC, FVA, FDC) and gross exports.
 * Formulas: methods.md §3.1–3.3 and §3.6; names in {@link org.gvc4j.method.bm2023.Bm2023Columns}.
 */
@NullMarked
package org.gvc4j.method.bm2023;

import org.jspecify.annotations.NullMarked;
