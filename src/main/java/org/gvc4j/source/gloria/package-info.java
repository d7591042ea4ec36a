/**
 * GLORIA (Global Resource Input-Output Assessment, release 0NN): the headerless CSVs
 * {@code …_T-Results_yyyy_0NN_Markup001(full).csv}, {@code …_Y-Results_…} and {@code …_V-Results_…}, labelled by
 * {@code GLORIA_ReadMe_0NN.xlsx} (sheets {@code Regions}: {@code Region_acronyms}; {@code Sectors}: {@code Sector_names};
 * {@code Value added and final demand}: {@code Value_added_names}, {@code Final_demand_names}), found by header, not by
 * position. Give the folder that holds the ReadMe and either the CSVs or the official zip {@code GLORIA_MRIOs_NN_yyyy.zip}
 * (read in place; {@code --year} chooses among several).
 *
 * <table>
 *   <caption>What is read</caption>
 *   <tr><th>block</th><th>layout</th><th>kept as</th></tr>
 *   <tr><td>T</td><td>a supply-use table: per region its industries then its products, rows and columns</td><td>Z =
 *       the use block (product rows by industry columns); supply is diagonal (each product made by its industry), so
 *       industry-by-industry and product-by-product tables coincide; anything in the other blocks is refused</td></tr>
 *   <tr><td>Y</td><td>T's rows by region × final-demand category</td><td>{@code Yfull} from the product rows; the
 *       category names are the codes</td></tr>
 *   <tr><td>V</td><td>region × value-added category by T's columns</td><td>the value-added rows (summed over the
 *       regions of the rows); value added = their sum</td></tr>
 *   <tr><td>supply (industry rows of T)</td><td>each industry's output</td><td>X</td></tr>
 * </table>
 * Regions whose every row, column, final demand and value added are zero (e.g. {@code DYE}) are dropped and reported.
 * Unit: thousand USD; basic prices (Markup001; the markup files 002–005 are not read).
 *
 * <p>Sources: Lenzen et al. (2022), Implementing the material footprint to measure progress towards SDGs 8 and 12,
 * Nature Sustainability 5 (GLORIA); the layout as read by pymrio ({@code parse_gloria}) and MARIO
 * ({@code parsers/gloria.py}); gvc4j's {@code loaders.md} §4.9.
 */
@NullMarked
package org.gvc4j.source.gloria;

import org.jspecify.annotations.NullMarked;
