/**
 * OECD Inter-Country Input-Output tables (ICIO), editions 2016, 2018, 2021, 2023 and later, as published: one CSV per
 * year, alone, in a zip of several years, or the {@code _SML} variant. Blocks are found by their codes, never by
 * position; labels are split on the first underscore only ({@code CHN_A01_02} is country {@code CHN}, sector
 * {@code A01_02}).
 *
 * <table>
 *   <caption>Codes read, by edition</caption>
 *   <tr><th>code</th><th>meaning</th><th>kept as</th></tr>
 *   <tr><td>{@code CCC_SECTOR} (column and row)</td><td>industry SECTOR of region CCC: {@code DEU_C01T05AGR} (2016),
 *       {@code DEU_01T03} (2018), {@code DEU_01T02} (2021), {@code DEU_A01_02} (2023)</td><td>industry
 *       {@code CCC.SECTOR} of Z</td></tr>
 *   <tr><td>{@code CCC_HFCE, _NPISH, _GGFC, _GFCF, _INVNT, _DPABR} (2021, 2023), {@code _P33} (2018, in place of
 *       DPABR); 2016 category first: {@code HFCE_CCC, NPS_CCC, GGFC_CCC, GFCF_CCC, INV_CCC, DIRP_CCC}, category-major</td>
 *       <td>final demand of destination CCC by category (households, non-profits, government, investment,
 *       inventories, direct purchases abroad by residents)</td><td>{@code Yfull} column {@code CCC.CATEGORY},
 *       reordered country-major</td></tr>
 *   <tr><td>{@code DISC} (2016 column)</td><td>statistical discrepancy: rowSums(Z) + rowSums(Y) + DISC = X</td>
 *       <td>left out of final demand; its size is reported</td></tr>
 *   <tr><td>{@code VA+TAXSUB} (2016 row)</td><td>value added plus taxes less subsidies: the edition's only value-added
 *       row</td><td>valuation row, and the value added of the converted table</td></tr>
 *   <tr><td>{@code CCC_TAXSUB} (2018, 2021 rows)</td><td>taxes less subsidies on intermediate products bought from
 *       CCC</td><td>valuation rows</td></tr>
 *   <tr><td>{@code VALU} (2018, 2021), {@code VA} (2023) rows</td><td>value added at basic prices</td>
 *       <td>valuation row and the value added</td></tr>
 *   <tr><td>{@code TLS} (2023 row)</td><td>taxes less subsidies on intermediate products</td><td>valuation row</td></tr>
 *   <tr><td>{@code TOTAL} (2018, 2021), {@code OUT} (2023) column</td><td>gross output (row totals)</td><td>X</td></tr>
 *   <tr><td>{@code OUTPUT} (2018, 2021), {@code OUT} (2016, 2023) row</td><td>column totals</td><td>X only in 2016,
 *       which has no total column; otherwise the difference to X is reported</td></tr>
 *   <tr><td>{@code CN1…CN4}, {@code MX1…MX3} (regions after ROW)</td><td>China and Mexico split by processing
 *       trade; their {@code CHN}/{@code MEX} blocks are zero in the extended files</td><td>added into CHN and MEX at
 *       their position by default (the {@code _SML} files are that table); kept as regions of their own with
 *       {@code --split-regions}, with zero final-demand columns (final demand is not split in the source)</td></tr>
 * </table>
 *
 * <p>Edition detection is from content: category-first final demand, {@code DISC} or {@code VA+TAXSUB} → 2016;
 * {@code P33} → 2018; {@code VALU} → 2021; {@code TLS}/{@code VA} → 2023 or later. Unit: million USD.
 *
 * <p>Sources: OECD, Inter-Country Input-Output tables (oe.cd/icio); the layouts as read by pymrio
 * ({@code parse_oecd}, issue #157 / PR #160 on the 2023 codes), exvatools ({@code extract_icio.R}: 2016
 * {@code DISC}, CN/MX handling) and MARIO ({@code oecd_icio.py}); gvc4j's {@code loaders.md} §4.4.
 * Not implemented: inner zips (a zip inside the download zip: unpack the outer one).
 */
@NullMarked
package org.gvc4j.source.icio;

import org.jspecify.annotations.NullMarked;
