/**
 * World Input-Output Database, 2016 release (2000–2014): the R files {@code WIOTyyyy_October16_ROW.RData} (one
 * data.frame {@code wiot}, R serialization format 2 or 3, gzip) and the Stata files {@code WIOTyyyy_October16_ROW.dta}
 * (format 118), each read by a small strict reader of its own (no R, no Stata, no dependency); a zip or folder of
 * several years takes {@code --year}. The {@code .xlsb} workbooks are not read.
 *
 * <table>
 *   <caption>Columns and rows read</caption>
 *   <tr><th>code</th><th>meaning</th><th>kept as</th></tr>
 *   <tr><td>{@code IndustryCode, IndustryDescription, Country, RNr, Year}</td><td>row metadata</td><td>industry
 *       {@code COUNTRY.IndustryCode}, codes verbatim ({@code ROW} stays); rows country by country, the same sectors in
 *       the same order in every country</td></tr>
 *   <tr><td>{@code CHN1 … ROW56} (Stata: {@code vCHN1 …}): country and the industry's {@code RNr}</td><td>intermediate
 *       use</td><td>Z, matched to the rows by country and RNr (never by position)</td></tr>
 *   <tr><td>{@code CHN57 … CHN61}</td><td>households, non-profits, government, GFCF, changes in inventories</td>
 *       <td>{@code Yfull} categories {@code CONS_h CONS_np CONS_g GFCF INVEN} (by number: the files carry no category
 *       codes)</td></tr>
 *   <tr><td>rows of country {@code TOT}: {@code TXSP EXP_adj PURR PURNR VA IntTTM}</td><td>taxes less subsidies on
 *       products; cif/fob adjustments; purchases by residents abroad and by non-residents; value added at basic prices;
 *       international transport margins</td><td>valuation rows (file order); {@code VA} is value added</td></tr>
 *   <tr><td>{@code II_fob}, {@code GO}</td><td>totals</td><td>not kept</td></tr>
 *   <tr><td>column {@code TOT}</td><td>gross output</td><td>X (the {@code GO} row when the column is absent)</td></tr>
 * </table>
 * Unit: million USD. Missing values (R {@code NA}, Stata {@code .}) are zero and counted; NaN and infinities are
 * refused.
 *
 * <p>Sources: Timmer et al. (2016), An Intercountry Input-Output Table (WIOD 2016 release notes); the layout as read by
 * exvatools ({@code extract_wiod.R}) and MARIO ({@code parsers/wiod.py}); R Internals, "Serialization formats";
 * StataCorp, "dta file format 118"; gvc4j's {@code loaders.md} §4.2.
 */
@NullMarked
package org.gvc4j.source.wiod2016;

import org.jspecify.annotations.NullMarked;
