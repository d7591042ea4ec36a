/**
 * Charts people can put in a report (issue 17): the figure types of the GVC Development Report 2025, chapters 7–8,
 * each built once as a JFreeChart and written as PNG (2×), SVG, or one offline HTML page (inline SVG with hover
 * tooltips and the data, no script and no network). Start at {@link org.gvc4j.chart.Chart}.
 *
 * <p>Types ({@link org.gvc4j.chart.Chart.Type}): lines by group over years; scatter with fitted line, 45-degree line and
 * labels placed without overlaps; small multiples; coefficient plots with 95% intervals in panels by group; stacked
 * bars (optionally 100%) and horizontal bars; cumulative step lines; event-study line with band; box plots by group;
 * a world choropleth by ISO3 code on Natural Earth 1:110m outlines (public domain; the resource
 * {@code org/gvc4j/chart/world-110m.tsv} and its provenance note {@code LICENSE-world.txt}).
 *
 * <p>Layering: this package draws tables (Tablesaw, {@code org.gvc4j.result}) and the outputs of {@code
 * org.gvc4j.analytics}; nothing below it (model, method, result, stats) uses it. JFreeChart and Batik are optional
 * dependencies used only here; without them the output methods throw a {@link org.gvc4j.error.GvcException} naming
 * the artifact. Design and test plan: {@code ../shared/docs/charts.md}.
 */
@NullMarked
package org.gvc4j.chart;

import org.jspecify.annotations.NullMarked;
