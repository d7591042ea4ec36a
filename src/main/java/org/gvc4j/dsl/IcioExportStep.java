package org.gvc4j.dsl;

import org.gvc4j.method.icio.Approach;
import org.gvc4j.method.icio.Perspective;
import java.util.List;
import java.util.Map;
import org.gvc4j.result.Result;

/**
 * Exports of the chosen exporters. Defaults: exporter perspective, source approach, all importers summed. Each call
 * returns a new step; invalid choices fail at once with a message that lists the combinations that exist.
 */
public interface IcioExportStep {
    /** Only the exports to one importer (bilateral); results get an importer key. */
    IcioExportStep importer(String importer);

    /** Same, by 1-based country number. */
    IcioExportStep importer(int importer);

    /** The exports to every importer, one row per importer. */
    IcioExportStep importers();

    /**
     * Exporter (default), world, or self (the flow's own perimeter, approach NA; typed shorthand {@link #self()}).
     * icio's names are read by {@link Perspective#parse(String)}: bilateral, sectexp and sectbil are SELF.
     */
    IcioExportStep perspective(Perspective perspective);

    /** Source (default) or sink; NA for the self perimeter. */
    IcioExportStep approach(Approach approach);

    /** Shorthand for {@code approach(Approach.SOURCE)}. */
    IcioExportStep source();

    /** Shorthand for {@code approach(Approach.SINK)}: adds VAXIM; no GVC fields. */
    IcioExportStep sink();

    /** Shorthand for {@code perspective(Perspective.WORLD)}: FVA counted at any border (sink = corrected KWW). */
    IcioExportStep world();

    /** The flow's own perimeter: sectexp ({@code bySector()}), bilateral ({@code importer(..).result()}), sectbil. */
    IcioSelfStep self();

    /**
     * Adds BM's sub-terms VAX1–4, REF1–2, FVA1–4 (exporter perspective, source or sink approach; exvatools'
     * {@code output = "terms"}). VAX1 + VAX2 = DAVAX always; the rest add up to VAX, REF and FVA on balanced tables.
     */
    IcioExportStep withTerms();

    /**
     * Only one exporting sector (icio's {@code exporter(s, n)}): {@code result()} and {@code bySector()} then give that
     * sector's row(s).
     */
    IcioExportStep sector(String sector);

    /**
     * Named groups of exporting sectors, e.g. {@code Map.of("MANUF", List.of("C10", "C11"))}: one row per group at
     * sector level (the sum of its sectors).
     */
    IcioExportStep sectors(Map<String, List<String>> groups);

    /**
     * Adds the country of origin of the value added as a key (icio's {@code origin()}): DC, DVA, DDC (origin = the
     * exporter) and FC, FVA, FDC split by the foreign country that produced them. Exporter and world perspectives.
     */
    IcioExportStep byOrigin();

    /** Only the value added produced in the given countries (implies {@link #byOrigin()}). */
    IcioExportStep origin(String... countries);

    /** One row per exporter (or per exporter and importer). */
    Result result();

    /** One row per exporter and exporting sector (or per exporter, sector and importer): the exporting-sector breakdown. */
    Result bySector();
}
