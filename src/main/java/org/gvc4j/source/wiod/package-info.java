/**
 * World Input-Output Database, 2013 release (1995–2011): the workbooks {@code WIOTyy_ROW_Apr12.xlsx} and
 * {@code WIOTyy_ROW_Sep12.xlsx}, read with gvc4j's streaming xlsx reader ({@link org.gvc4j.source.XlsxSheet}).
 *
 * <table>
 *   <caption>Codes read</caption>
 *   <tr><th>code</th><th>meaning</th><th>kept as</th></tr>
 *   <tr><td>code row {@code c1 … c35}, region row above it ({@code AUS … USA}, {@code RoW}); rows: region in column C,
 *       code in column D</td><td>the 35 industries (ISIC Rev.3 in column A and row 3)</td><td>industry
 *       {@code REGION.cNN}, codes verbatim ({@code RoW}, {@code ROM} stay)</td></tr>
 *   <tr><td>{@code c37 c38 c39 c41 c42} (no c40)</td><td>households, non-profits, government, GFCF, changes in
 *       inventories and valuables</td><td>{@code Yfull}</td></tr>
 *   <tr><td>{@code r60}</td><td>total intermediate consumption</td><td>not kept (a total)</td></tr>
 *   <tr><td>{@code r99 r61 r62 r63 r64}, and the code-less "International Transport Margins" row (its column-B text
 *       is its code)</td><td>taxes less subsidies on products; cif/fob adjustments on exports; direct purchases abroad
 *       by residents; purchases on the domestic territory by non-residents; value added at basic prices; margins</td>
 *       <td>valuation rows; {@code r64} is value added</td></tr>
 *   <tr><td>{@code r69}</td><td>output at basic prices</td><td>compared with X, the difference reported</td></tr>
 *   <tr><td>last column ("Total output")</td><td>gross output</td><td>X</td></tr>
 * </table>
 * Unit: million USD. The 2016 release (RData, dta) is read by {@code org.gvc4j.source.wiod2016}; its xlsb workbooks are not read.
 *
 * <p>Sources: Timmer et al. (2015), An Illustrated User Guide to the World Input–Output Database, Review of
 * International Economics 23; the layout as read by pymrio ({@code parse_wiod}) and exvatools ({@code
 * extract_wiod.R}); gvc4j's {@code loaders.md} §4.1.
 */
@NullMarked
package org.gvc4j.source.wiod;

import org.jspecify.annotations.NullMarked;
