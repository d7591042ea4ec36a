/**
 * Borin, Mancini &amp; Taglioni (2025): the tripartite split of gross exports into traditional trade (DAVAX) and
 * GVC trade (pure forward GVC_PF, two-sided GVC_TS, pure backward GVC_PB), at pair, exporter and exporting-sector
 * level; and the output-based participation measures, as the seed publishes them and as a consistent GDP-closed
 * variant. Formulas: methods.md §3.7–3.8 and §4.4; names in {@link org.gvc4j.method.bm2025.Bm2025Columns}.
 */
@NullMarked
package org.gvc4j.method.bm2025;

import org.jspecify.annotations.NullMarked;
