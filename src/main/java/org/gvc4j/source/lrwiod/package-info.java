/**
 * Long-run WIOD (Woltjer, Gouma and Timmer 2021; 1965–2000): {@code lr_wiod_wiot_final_filled.csv}, one long CSV of
 * every cell of every year ({@code year,row_country,row_id,row_isic3,col_country,col_id,col_isic3,value}). The year
 * is chosen with {@code --year} (required when the file holds several) and the file is filtered while it streams
 * (two passes: labels, then values; no grid of all years in memory).
 *
 * <table>
 *   <caption>Codes read</caption>
 *   <tr><th>code</th><th>meaning</th><th>kept as</th></tr>
 *   <tr><td>{@code row_country}/{@code col_country} + ISIC Rev.3 code ({@code AtB, C, D15t16, …})</td><td>industry
 *       of a country; the rest of the world is {@code xROW}</td><td>industry {@code COUNTRY.CODE} (codes verbatim:
 *       {@code xROW} stays)</td></tr>
 *   <tr><td>{@code xCONS_h, xCONS_g, xGFCF, xINV} columns</td><td>final demand of the column's country: households,
 *       government, investment, inventories</td><td>{@code Yfull}</td></tr>
 *   <tr><td>{@code xTOT} rows {@code xVA, xTXSP, xSD, xPURNR, xPURR, xMRG_int}</td><td>value added; taxes less
 *       subsidies on products; statistical discrepancy; purchases by non-residents and by residents abroad;
 *       international trade and transport margins</td><td>valuation rows; {@code xVA} is value added (it excludes
 *       the margins)</td></tr>
 *   <tr><td>{@code xTOT} rows {@code xII}, {@code xGO}</td><td>total intermediate inputs; gross output</td><td>not
 *       kept (totals)</td></tr>
 *   <tr><td>{@code xTOT} column {@code xGO}</td><td>gross output</td><td>X</td></tr>
 *   <tr><td>{@code xTOT} columns {@code xX, xM, xMRG_int}</td><td>exports, imports, margins</td><td>not kept</td></tr>
 * </table>
 * Unit: million USD.
 *
 * <p>Sources: Woltjer, Gouma and Timmer (2021), Long-run World Input-Output Database, version 1.1 (CC BY 4.0); the
 * layout as read by exvatools ({@code extract_lrwiod2022.R}); gvc4j's {@code loaders.md} §4.3.
 */
@NullMarked
package org.gvc4j.source.lrwiod;

import org.jspecify.annotations.NullMarked;
