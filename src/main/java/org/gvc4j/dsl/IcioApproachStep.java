package org.gvc4j.dsl;

import java.util.List;
import java.util.Map;
import org.gvc4j.result.MeasureTable;

/**
 * Exports in the exporter perspective with the approach chosen (source unless {@code sink()}): DC, DVA, VAX, REF, DDC,
 * FC, FVA, FDC and (source) DAVAX, GVC, GVCB, GVCF or (sink) VAXIM. What is left to choose: the sector level, then
 * extras.
 */
public interface IcioApproachStep extends MeasureTable {
    /** One row per exporting sector as well. */
    IcioSectorStep bySector();

    /** Only one exporting sector (icio's {@code exporter(s, n)}): one row for it (per exporter and importer). */
    IcioTermsStep sector(String sector);

    /**
     * Named groups of exporting sectors, e.g. {@code Map.of("MANUF", List.of("C10", "C11"))}: one row per group (the
     * sum of its sectors).
     */
    IcioTermsStep sectors(Map<String, List<String>> groups);

    /**
     * Adds BM's sub-terms VAX1–4, REF1–2, FVA1–4 (exvatools' {@code output = "terms"}). VAX1 + VAX2 = DAVAX always;
     * the rest add up to VAX, REF and FVA on balanced tables.
     */
    MeasureTable withTerms();

    /**
     * Splits the rows by the country that produced the value added (key {@code origin}, icio's {@code origin()}): DC,
     * DVA, DDC (origin = the exporter) and FC, FVA, FDC by foreign origin.
     */
    MeasureTable byOrigin();

    /** Only the value added produced in the given countries ({@link #byOrigin()}, those origins' rows). */
    MeasureTable origin(String... countries);
}
