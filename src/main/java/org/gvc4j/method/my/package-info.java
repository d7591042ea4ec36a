/**
 * Miroudot–Ye: S. Miroudot and M. Ye (2021), "Decomposing value added in gross exports", Economic Systems Research
 * 33(1): value added in exports counted once at a chosen perimeter, with everything else double counting.
 *
 * <p>Formulas ({@code methods.md} §3.11), with B° = (I − A°)⁻¹ and e the flow (e_s*, e_sr or one sector's):
 * DVA = v_s B°_ss e, DDC = v_s (B − B°)_ss e, FVA = Σ_{t≠s} v_t B°_ts e, FDC = Σ_{t≠s} v_t (B − B°)_ts e.
 * Every perimeter is a Borin–Mancini one, computed by {@link org.gvc4j.method.icio.Icio} from the same derived model
 * through its closed forms (methods.md §1: B\s_{·s} = B_{·s}(I + M_s)⁻¹, B\sr through (I + A_sr B_rs)⁻¹, rank-1 updates
 * for one sector); this package only selects and names the fields, so the numbers are icio's to the last digit.
 *
 * <table>
 *   <caption>Perimeters</caption>
 *   <tr><th>gvc4j</th><th>A°</th><th>icio</th><th>exvatools {@code make_exvadec(method = "my", ...)}</th></tr>
 *   <tr><td>{@code country(level)}</td><td>A\s</td><td>exporter/source</td><td>default ({@code perim = "country"})</td></tr>
 *   <tr><td>{@code partner()}</td><td>A\sr</td><td>bilateral</td><td>{@code partner = r}</td></tr>
 *   <tr><td>{@code sector()}</td><td>row (s,n) without exports</td><td>sectexp</td><td>{@code sector = n}</td></tr>
 *   <tr><td>{@code sectorPartner()}</td><td>a_{(s,n),(r,·)} = 0</td><td>sectbil</td><td>{@code sector = n, partner = r}</td></tr>
 *   <tr><td>{@code world(level)}</td><td>A_D (B° = L)</td><td>exporter/source + world/source FVA</td><td>{@code perim = "WLD"}</td></tr>
 * </table>
 *
 * <p>Naming differences to exvatools: (1) exvatools' default perimeter is called "country" and equals BM
 * exporter/source (its {@code my} and {@code bm_src} country totals coincide). (2) With {@code perim = "WLD"}
 * exvatools prints FVA = 0 by construction and FDC = FC; the foreign value added that BM's world perspective counts
 * once appears as {@code FDC1} (its {@code terms} output), the rest as {@code FDC2}; gvc4j keeps these names and
 * values (methods.md §4.9). (3) exvatools' partner and sector perimeters need {@code bkdown = "origin"} in 0.9.0
 * (the default fails), and its sector perimeter silently does nothing on custom tables whose codes it cannot parse
 * (methods.md §4.7–4.8); gvc4j's sector perimeter is icio's sectexp. (4) Key columns: exvatools prints
 * {@code country} for country totals ({@link org.gvc4j.method.my.MyColumns#EXVATOOLS}).
 *
 * <p>Cost after the model: that of the icio perimeter (methods.md §6): O(nN) per exporter for country and world,
 * O(N³) per pair for the partner perimeter, O(N) per (sector, importer) for the sector perimeters.
 *
 * <p>Not implemented: exvatools' country groups as one perimeter (icio's country groups give the country perimeter
 * of a group) and its origin-sector breakdown ({@code bkdown = "origin"}).
 */
@NullMarked
package org.gvc4j.method.my;

import org.jspecify.annotations.NullMarked;
