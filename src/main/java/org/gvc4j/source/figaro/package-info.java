/**
 * Eurostat FIGARO (Full International and Global Accounts for Research in input-Output analysis, the EU inter-country
 * supply, use and input-output tables): the matrix CSV ({@code matrix_eu-ic-io_ind-by-ind_24ed_2022.csv}, first
 * column {@code rowLabels}) and the flat file (one row per cell: {@code icioiRow, icioiCol, refArea, rowIi,
 * counterpartArea, colIi, obsValue}), industry by industry (NACE codes {@code A01 … U}) or product by product (CPA
 * codes {@code CPA_A01 …}). Labels are {@code AREA_CODE}, split on the first underscore.
 *
 * <table>
 *   <caption>Codes read</caption>
 *   <tr><th>code</th><th>meaning</th><th>kept as</th></tr>
 *   <tr><td>{@code AREA_CODE}</td><td>industry or product CODE of AREA: ISO-2 countries (Greece {@code GR}),
 *       {@code FIGW1} the rest of the world (it sorts between FI and FR)</td><td>industry {@code AREA.CODE}, codes as
 *       published</td></tr>
 *   <tr><td>{@code AREA_P3_S13, _P3_S14, _P3_S15, _P51G, _P5M}</td><td>final demand of AREA: government,
 *       households, non-profits, gross fixed capital formation, changes in inventories and valuables (government
 *       first, as published)</td><td>{@code Yfull} column {@code AREA.CODE}</td></tr>
 *   <tr><td>{@code W2_D21X31} (or {@code D21X31})</td><td>taxes less subsidies on products</td><td>valuation row
 *       {@code D21X31}</td></tr>
 *   <tr><td>{@code W2_OP_RES}, {@code W2_OP_NRES}</td><td>direct purchases abroad by residents; purchases of
 *       non-residents in the territory</td><td>valuation rows</td></tr>
 *   <tr><td>{@code W2_D1}, {@code W2_D29X39}, {@code W2_B2A3G}</td><td>compensation of employees; other net taxes on
 *       production; gross operating surplus and mixed income</td><td>valuation rows; their sum is value added at basic
 *       prices</td></tr>
 * </table>
 * No output is published: X = rowSums(Z) + rowSums(Y). Values of valuation rows under final-demand columns are not
 * kept (the report says so). Unit: million EUR; {@code W2} is the domestic pseudo-area of the value-added rows.
 *
 * <p>Sources: Eurostat, FIGARO reference metadata (naio_10_fcp_esms); the layouts as read by exvatools
 * ({@code extract_figaro.R}) and MARIO ({@code figaro.py}); gvc4j's {@code loaders.md} §4.6. Not implemented: the
 * Eurostat API's spellings ({@code WRL_REST}, {@code DOM}, {@code C10-C12}).
 */
@NullMarked
package org.gvc4j.source.figaro;

import org.jspecify.annotations.NullMarked;
