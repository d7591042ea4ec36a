/**
 * EXIOBASE 3 monetary input-output tables ({@code IOT_2022_ixi.zip}, {@code IOT_2022_pxp.zip}, or the unpacked
 * folder): tab-separated text, two header lines (region codes, then sector or category names) and an index-name
 * line, two label columns (region, sector). Sectors, products and categories have no codes: their names are the
 * codes, as published.
 *
 * <table>
 *   <caption>Files and rows read</caption>
 *   <tr><th>file or row</th><th>meaning</th><th>kept as</th></tr>
 *   <tr><td>{@code Z.txt} (3.8 and later); else {@code A.txt}</td><td>intermediate flows; coefficients</td>
 *       <td>Z, or Z = A·diag(x)</td></tr>
 *   <tr><td>{@code x.txt}</td><td>gross output ({@code indout})</td><td>X; without it (3.4–3.7 layout)
 *       x = (I − A)⁻¹ rowSums(Y)</td></tr>
 *   <tr><td>{@code Y.txt}</td><td>final demand: households, NPISH, government, GFCF, changes in inventories, changes in
 *       valuables, {@code Exports: Total (fob)}</td><td>{@code Yfull}</td></tr>
 *   <tr><td>{@code factor_inputs/F.txt} (3.8+) or {@code satellite/F.txt} (3.4–3.7): the nine rows
 *       "Taxes less subsidies on products purchased: Total" and the eight value-added rows (other net taxes on
 *       production; compensation of employees low-, medium-, high-skilled; operating surplus: consumption of fixed
 *       capital, rents on land, royalties on resources, remaining net operating surplus)</td><td>factor inputs</td>
 *       <td>valuation rows by name; value added = the sum of the eight after the first. Other rows (stressors,
 *       split or total rows some releases carry) are selected out by name, never summed</td></tr>
 * </table>
 * Regions: 2-letter codes, rest-of-world regions {@code WA, WE, WF, WL, WM}, kept as published. Unit: million EUR.
 *
 * <p>Sources: Stadler et al. (2018), EXIOBASE 3, Journal of Industrial Ecology 22(3); the layout as read by pymrio
 * ({@code parse_exiobase3}; {@code mrio_models/exio3_ixi/valueadded.tsv}) and MARIO ({@code exiobase_iot.py},
 * {@code EXIO_FACTOR_ROWS}); gvc4j's {@code loaders.md} §4.7. Not implemented: 3-letter region codes of some 3.4
 * files are read as published, not renamed.
 */
@NullMarked
package org.gvc4j.source.exiobase;

import org.jspecify.annotations.NullMarked;
