/**
 * The report page of one table (issue 17 item 4): {@link org.gvc4j.report.TableReport} writes one offline HTML page
 * (inline CSS, inline SVG charts, no script, nothing loaded) with what was loaded, GVC participation by exporter
 * (table, stacked bars, world map), the tripartite split of the largest bilateral flows, each country's profile by
 * sector, and the chain that made each number, linked to the dsl-docs pages; {@code gvc report} is its command and
 * {@code dsl-docs/report.md} its page.
 *
 * <p><b>Measures.</b> Borin, Mancini &amp; Taglioni (2025) trade measures, through the DSL: {@code
 * io.decompose().bm2025().trade().exporters()} (participation: {@code participation_F = GVC_PF / E}, {@code
 * participation_B = (GVC_TS + GVC_PB) / E}, {@code share_GVC} their sum), {@code exporters().importers()} (the
 * tripartite split {@code E = DAVAX + GVC_PF + GVC_TS + GVC_PB} of each pair) and {@code exporters().bySector()}.
 * Names and formulas are documented once, in {@code dsl-docs/glossary.md}.
 *
 * <p><b>Validation facts.</b> {@link org.gvc4j.report.TableFacts}: the largest gap of the row and column accounting
 * identities relative to output, against the stated tolerance {@link org.gvc4j.report.TableFacts#TOLERANCE}, and the
 * zero-output industries; {@code gvc info} prints the same lines.
 *
 * <p><b>Layering.</b> Above {@code chart}, {@code dsl} and {@code result}; used by {@code cli} only.
 */
@NullMarked
package org.gvc4j.report;

import org.jspecify.annotations.NullMarked;
