package org.gvc4j.dsl;

import java.util.List;
import java.util.Map;
import org.gvc4j.result.MeasureTable;

/**
 * Exports in the world perspective with the approach chosen: GEXP, DC, DVA, VAX, REF, DDC, FC, FVA, FDC. What is left:
 * the sector level and the breakdown by origin (no sub-terms: they belong to the exporter perspective).
 */
public interface IcioWorldApproachStep extends MeasureTable {
    /** One row per exporting sector as well. */
    IcioOriginStep bySector();

    /** Only one exporting sector. */
    MeasureTable sector(String sector);

    /** Named groups of exporting sectors, one row per group. */
    MeasureTable sectors(Map<String, List<String>> groups);

    /** Splits the rows by the country that produced the value added (key {@code origin}). */
    MeasureTable byOrigin();

    /** Only the value added produced in the given countries. */
    MeasureTable origin(String... countries);
}
