/**
 * Asian Development Bank multiregional input-output tables (ADB MRIO): one workbook per year, irregular file names
 * ({@code ADB-MRIO62-2021_August 2024.xlsx}), a data sheet and a {@code Legend} sheet; read with gvc4j's streaming
 * xlsx reader. The header rows are found by content (the code row holds {@code c1}), never by position.
 *
 * <table>
 *   <caption>Codes read</caption>
 *   <tr><th>code</th><th>meaning</th><th>kept as</th></tr>
 *   <tr><td>{@code c1 … c35} with the region row above (ISO3 codes, {@code RoW})</td><td>the 35 WIOD-2013 sectors
 *       </td><td>industry {@code REGION.cNN}</td></tr>
 *   <tr><td>{@code F1 … F5} ({@code F6} in national tables)</td><td>households, NPISH, government, GFCF, changes in
 *       inventories and valuables</td><td>{@code Yfull}</td></tr>
 *   <tr><td>{@code r60}</td><td>intermediate input total</td><td>not kept</td></tr>
 *   <tr><td>{@code r99 r61 r62 r63 r64 trs}</td><td>taxes less subsidies on products; cif/fob adjustments; direct
 *       purchases abroad by residents; purchases in the domestic territory by non-residents; value added at basic
 *       prices; international transport margins</td><td>valuation rows; {@code r64} is value added</td></tr>
 *   <tr><td>{@code r69}</td><td>total output (row)</td><td>compared with X</td></tr>
 *   <tr><td>last column ({@code TOTAL}/{@code ToT})</td><td>gross output</td><td>X</td></tr>
 * </table>
 * Cells holding a single space, empty cells and {@code NA} are zero and counted in the load report. Unit: million
 * USD; the year is taken from the sheet name ({@code ADB MRIO 2021}).
 *
 * <p>Sources: ADB MRIO database (mrio.adbx.online); the layout as read by exvatools ({@code extract_mrio.R}) and
 * MARIO ({@code adb.py}); gvc4j's {@code loaders.md} §4.5.
 */
@NullMarked
package org.gvc4j.source.adb;

import org.jspecify.annotations.NullMarked;
