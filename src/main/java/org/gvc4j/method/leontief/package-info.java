/**
 * Leontief value-added origin and HIY vertical specialisation: where the value added embodied in exports, output and
 * final demand was produced.
 *
 * <p>Sources: W. Leontief (1936); D. Hummels, J. Ishii and K.-M. Yi (2001), "The nature and growth of vertical
 * specialization in world trade", Journal of International Economics 54(1). Formulas: {@code methods.md} §3.12 and its
 * last section ("Peer-oracle readings"); conventions: residual value added, output as given (decompr) or recomputed
 * from rows (exvatools: {@code Conventions.EXVATOOLS}), as the model is built.
 *
 * <p>Symbols:
 * <table>
 *   <caption>Symbols and where they come from</caption>
 *   <tr><th>symbol</th><th>meaning</th><th>in code</th></tr>
 *   <tr><td>V̂ = diag(v)</td><td>value added per unit of output</td><td>{@code m.vaCoefficients()}</td></tr>
 *   <tr><td>B</td><td>global Leontief inverse</td><td>{@code m.leontief()}, {@code m.bColumnBlockTimes(s, ..)}</td></tr>
 *   <tr><td>Ê = diag(e_s*)</td><td>gross exports of each country-sector</td><td>{@code m.exports(s)}; {@link org.gvc4j.method.leontief.Post#EXPORTS}</td></tr>
 *   <tr><td>X̂ = diag(x)</td><td>gross output</td><td>{@code m.output()}; {@link org.gvc4j.method.leontief.Post#OUTPUT}</td></tr>
 *   <tr><td>V̂BY</td><td>value added by origin industry absorbed in each destination</td><td>{@link org.gvc4j.method.leontief.Leontief#finalDemand()}</td></tr>
 *   <tr><td>IMP_s = Σ_{t≠s} u_N A_ts L_ss</td><td>imported-input content per unit of exports (HIY)</td><td>{@code m.importContent(s)}</td></tr>
 *   <tr><td>VS_s = IMP_s e_s*</td><td>HIY vertical specialisation (= BM FC + DDC, = icio GVCB)</td><td>{@link org.gvc4j.method.leontief.Leontief#verticalSpecialisation()}</td></tr>
 *   <tr><td>VS1_s = Σ_{r≠s} v_s B_sr e_r*</td><td>s's value added in other countries' exports (TiVA FEXDVAP)</td><td>same</td></tr>
 * </table>
 *
 * <p>Levels ({@link org.gvc4j.method.leontief.Leontief}): {@code longForm} (n² rows: origin industry × using industry),
 * {@code wideForm} (n rows × n columns), {@code byCountry} (origin × using country), {@code bySector} (origin country ×
 * using industry: the exporting-sector breakdown) and {@code byOriginSector} (origin industry × using country: the
 * origin-sector breakdown). Columns of V̂BÊ sum to e_s* only where x &gt; 0 (a zero-output industry that exports has
 * column sum 0); columns of V̂BY sum to final demand with residual value added, rows to value added only on a balanced
 * table.
 *
 * <p>Isolated industries whose output recomputed from rows is negative (WIOD 2013's LUX.c5 and LUX.c8: no
 * intermediate flows, a domestic final demand of −1) are zero-output in the model; under
 * {@code Conventions.EXVATOOLS} their value added is x − uZ = −1 and v = 1, as exvatools reads them
 * ({@link org.gvc4j.method.leontief.Leontief#vaCoefficients}), so V̂BY reproduces exvatools' {@code get_va_fd} and keeps
 * its column sums; B is the same either way. Results carry the model's notes.
 *
 * <p>Cost after the model: O(n²) for every form of V̂BÊ, V̂BX̂ and V̂B (a scaling of B's entries, never a product),
 * 2n²G for BY (one GEMM, computed once per object), O(nN) per exporter for VS1.
 *
 * <p>Peer names ({@link org.gvc4j.method.leontief.LeontiefColumns}): decompr {@code leontief(long = TRUE)}
 * (Source_Country, Source_Industry, Using_Country, Using_Industry, FVAX; final demand: Importing_Country,
 * Final_Demand); exvatools {@code get_va_exgr} (geo_orig, geo_export, sec_export, VA) and {@code get_va_fd}
 * (geo_orig, geo_fd, VA).
 *
 * <p>Not implemented: decompr's {@code null_inventory} (set negative inventory changes to 0 before the
 * decomposition); exvatools' sector groups and {@code va_type} filters other than total value added (select rows).
 */
@NullMarked
package org.gvc4j.method.leontief;

import org.jspecify.annotations.NullMarked;
