package org.gvc4j.dsl;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gvc4j.method.icio.Combination;
import org.gvc4j.result.Result;

/**
 * The Borin–Mancini accounting as Stata icio computes it, and beyond: choose the flow (exports of one or every
 * exporter, imports of one or every importer), then the perspective, approach and level.
 *
 * <pre>{@code
 * icio.exporter("CHN").result()                                   // exporter perspective, source: 13 fields
 * icio.exporter("CHN").importer("USA").sink().bySector()          // bilateral-sector, sink (with VAXIM)
 * icio.exporters().world().sink().result()                        // corrected KWW, every exporter
 * icio.exporter("CHN").self().bySector()                          // sectexp perimeter, every sector
 * icio.exporter("CHN").sector("C17").importer("USA").self().result()   // sectbil perimeter of one sector
 * icio.exporter("DEU").sectors(Map.of("MANUF", manuf)).bySector()  // sector groups (sums; or their own perimeter)
 * icio.group("EU", "DEU", "FRA", "ITA").importers().result()      // a country group as one exporter
 * icio.exporter("MEX").importer("USA").origin("CHN").result()     // only the value added produced in China
 * icio.exporter("CHN").withTerms().result()                       // with BM's sub-terms VAX1-4, REF1-2, FVA1-4
 * icio.importers().byOrigin()                                     // value added in imports by origin
 * icio.writeAll(Path.of("out"))                                   // every combination, reference file names
 * }</pre>
 * Results use icio's measure names and the keys exporter, sector, importer (origin for imports);
 * {@code toTable(Naming.GVC_ANALYZER)} and {@code saveCsv(file, Naming.GVC_ANALYZER)} give the peer's key headers
 * (Exporting_Country, Exporting_Industry, Importing_Country, Origin_Country), as in the reference files.
 */
public interface IcioStep {
    /** Total exports of one exporter (by name). */
    IcioExportStep exporter(String exporter);

    /** Same, by 1-based country number. */
    IcioExportStep exporter(int exporter);

    /** Total exports of every exporter. */
    IcioExportStep exporters();

    /**
     * Total exports of a group of countries treated as one exporter (e.g. the EU): trade between members is domestic.
     * Exporter perspective, source or sink, every level; importers are the countries outside the group.
     */
    IcioExportStep group(String name, String... members);

    /** Several country groups at once, one row (set) per group, in the map's order. */
    IcioExportStep groups(Map<String, List<String>> groups);

    /** Gross imports of one importer (importer perspective). */
    IcioImportStep importer(String importer);

    /** Same, by 1-based country number. */
    IcioImportStep importer(int importer);

    /** Gross imports of every importer. */
    IcioImportStep importers();

    /** One supported combination for every country (see {@link Combination#supported()}). */
    Result compute(Combination combination);

    /** The same by name, as in the file names: e.g. {@code "exports_bilateral_exporter_sink"}. */
    Result compute(String combination);

    /** Every supported combination. */
    List<Combination> combinations();

    /**
     * Writes every supported combination for every country to {@code folder} as
     * {@code icio_<flow>_<level>_<perspective>_<approach>.csv} (the reference files' naming and key headers). All or
     * nothing: the files are written into a hidden staging folder beside {@code folder} and moved into it only when
     * every one is complete; a failure leaves {@code folder} as it was.
     *
     * @return the files written, in {@link Combination#supported()} order
     */
    List<Path> writeAll(Path folder);

    /** The same for the given combinations only (e.g. {@link Combination#icio()}, the files icio itself produces). */
    List<Path> writeAll(Path folder, List<Combination> combinations);
}
