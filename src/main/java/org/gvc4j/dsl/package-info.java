/**
 * The fluent API: typed, immutable steps from {@code io.decompose()} to a {@link org.gvc4j.result.Result}. Each
 * interface lists exactly the valid next calls. No arithmetic here: every verb delegates to a method package.
 *
 * <pre>{@code
 * io.decompose().bm2025().trade().exporter("CHN")        // one exporter's tripartite totals and shares
 * io.decompose().bm2025().trade().pair("CHN", "USA")     // one pair
 * io.decompose().bm2025().output().bySector()              // output-based measures by sector
 * io.decompose().bm2023().bilateral("MEX", "USA").pure()
 * }</pre>
 * Countries are given by name or by 1-based number, as in the seed package.
 */
@NullMarked
package org.gvc4j.dsl;

import org.jspecify.annotations.NullMarked;
