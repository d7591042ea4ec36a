package org.gvc4j.dsl;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gvc4j.method.icio.Combination;
import org.gvc4j.result.MeasureTable;

/**
 * The Borin–Mancini accounting as Stata icio computes it, and beyond: choose whose flow (the exports of one or every
 * exporter or of country groups, the imports of one or every importer), then as the grammar goes: partner, perimeter
 * ({@code world()}, {@code self()}), approach ({@code source()}, {@code sink()}), sector level, extras.
 *
 * <pre>{@code
 * icio.exporter("CHN")                                            // exporter perspective, source: 13 fields
 * icio.exporter("CHN").importer("USA").sink().bySector()          // sector pairs, sink (with VAXIM)
 * icio.exporters().world().sink()                                 // corrected KWW, every exporter
 * icio.exporter("CHN").self().bySector()                          // each sector's own perimeter (icio sectexp)
 * icio.exporter("CHN").importer("USA").self().sector("C17")       // one sector's exports to USA (icio sectbil)
 * icio.exporter("DEU").sectors(Map.of("MANUF", manuf))            // sector groups
 * icio.group("EU", "DEU", "FRA", "ITA").importers()               // a country group as one exporter
 * icio.exporter("MEX").importer("USA").origin("CHN")              // only the value added produced in China
 * icio.exporter("CHN").withTerms()                                // with BM's sub-terms VAX1-4, REF1-2, FVA1-4
 * icio.importers().byOrigin()                                     // value added in imports by origin
 * icio.writeAll(Path.of("out"))                                   // every combination, reference file names
 * }</pre>
 * Results use icio's measure names (imports' double counting is {@code MDC}) and gvc4j's keys; a table made with
 * {@code like(Naming.ICIO)}, or {@code named(Naming.ICIO)}, shows the headers of icio's files.
 */
public interface IcioStep {
    /** The exports of one exporter (by name). */
    IcioExporterStep exporter(String exporter);

    /** The same, by 1-based country number. */
    IcioExporterStep exporter(int exporter);

    /** The exports of every exporter, one row each. */
    IcioExporterStep exporters();

    /**
     * The exports of a group of countries treated as one exporter (e.g. the EU): trade between members is domestic.
     * Exporter perspective, source or sink, every level; importers are the countries outside the group.
     */
    IcioGroupStep group(String name, String... members);

    /** Several country groups at once, one row (set) per group, in the map's order. */
    IcioGroupStep groups(Map<String, List<String>> groups);

    /** The gross imports of one importer (importer perspective): GIMP = VA + MDC. */
    IcioImporterStep importer(String importer);

    /** The same, by 1-based country number. */
    IcioImporterStep importer(int importer);

    /** The gross imports of every importer, one row each. */
    IcioImporterStep importers();

    /** One supported combination for every country (see {@link Combination#supported()}): the data-driven way. */
    MeasureTable compute(Combination combination);

    /** The same by name: gvc4j's ({@code "exports_sectorpair_exporter_sink"}) or the file name icio's files use. */
    MeasureTable compute(String combination);

    /** Every supported combination. */
    List<Combination> combinations();

    /**
     * Writes every supported combination for every country to {@code folder} as
     * {@code icio_<flow>_<level>_<perspective>_<approach>.csv} (the reference files' names and key headers). All or
     * nothing: the files are written into a hidden staging folder beside {@code folder} and moved into it only when
     * every one is complete; a failure leaves {@code folder} as it was.
     *
     * @return the files written, in {@link Combination#supported()} order
     */
    List<Path> writeAll(Path folder);

    /** The same for the given combinations only (e.g. {@link Combination#icio()}, the files icio itself produces). */
    List<Path> writeAll(Path folder, List<Combination> combinations);
}
