/**
 * Eora26 ({@code Eora26_2015_bp.zip} or its folder): headerless tab-separated matrices {@code _T} (Z), {@code _FD}
 * (final demand), {@code _VA} (primary inputs), with labels in {@code labels_T.txt}, {@code labels_FD.txt},
 * {@code labels_VA.txt} (full country name, ISO3 code, group, item). Sectors, categories and primary inputs have no
 * codes: their names are the codes.
 *
 * <table>
 *   <caption>What is read</caption>
 *   <tr><th>item</th><th>meaning</th><th>kept as</th></tr>
 *   <tr><td>{@code labels_T}: ISO3 + {@code Industries} + sector name</td><td>the 26 sectors of each country</td>
 *       <td>industry {@code ISO3.SECTOR}</td></tr>
 *   <tr><td>{@code labels_FD}: ISO3 + {@code Final Demand} + category (six: household, NPISH, government
 *       consumption, GFCF, inventories, valuables)</td><td>final demand by destination</td><td>{@code Yfull}</td></tr>
 *   <tr><td>{@code labels_VA}: the six primary inputs (compensation, taxes and subsidies on production, net operating
 *       surplus, net mixed income, consumption of fixed capital)</td><td>value added components</td><td>valuation
 *       rows; value added = their sum</td></tr>
 *   <tr><td>the last {@code ROW … TOTAL} row and column</td><td>statistical discrepancy</td><td>dropped, its size
 *       reported (as pymrio does; MARIO's treatment would turn it into final demand)</td></tr>
 * </table>
 * No output is published: X = rowSums(Z) + rowSums(Y) over the rows and columns kept. The unit is not stated in the
 * files (million USD by the database's convention). {@code _Q}/{@code _QY} satellites are not read.
 *
 * <p>Sources: Lenzen et al. (2013), Building Eora, Economic Systems Research 25(1); the layout as read by pymrio
 * ({@code parse_eora26}, issue #63 on {@code labels_Q.txt}) and MARIO ({@code eora.py}); gvc4j's {@code loaders.md}
 * §4.8.
 */
@NullMarked
package org.gvc4j.source.eora;

import org.jspecify.annotations.NullMarked;
