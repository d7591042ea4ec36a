/**
 * The fluent API: typed, immutable steps from {@code io.decompose()} to a {@link org.gvc4j.result.MeasureTable}. Every
 * chain follows one grammar (dsl-docs/README.md): method, whose exports, partner, perimeter, approach, sector level,
 * extras, each optional after the first and in that order. Each step interface lists exactly the calls valid next, so
 * a chain that cannot run does not compile; every step from the choice of countries on is itself a
 * {@code MeasureTable}, computed when first read. No arithmetic here: every step delegates to a method package.
 *
 * <pre>{@code
 * io.decompose().bm2025().trade().exporter("CHN")                     // one exporter's tripartite totals and shares
 * io.decompose().bm2025().trade().exporter("CHN").importer("USA")     // one pair
 * io.decompose().bm2023().exporters().importers().self()             // every pair, the pair's own perimeter
 * io.decompose().icio().exporter("CHN").importer("USA").sink().bySector()
 * io.decompose().kww().exporters().withTerms()                        // the classic methods, same grammar
 * io.decompose().wwyz().countries().bySector()
 * }</pre>
 * Countries are given by name (matched exactly, then ignoring case) or by 1-based number, as in gvcAnalyzer.
 */
@NullMarked
package org.gvc4j.dsl;

import org.jspecify.annotations.NullMarked;
