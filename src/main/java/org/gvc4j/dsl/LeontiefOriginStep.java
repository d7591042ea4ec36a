package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * Value added by origin country and using country (origin, exporter or country, VA), one row per pair of
 * countries, the own country included.
 */
public interface LeontiefOriginStep extends MeasureTable {
    /** By the using country's sector as well: one row per (origin, country, sector). */
    LeontiefSectorStep bySector();

    /** By the origin's sector as well: one row per (origin, origin_sector, country). */
    MeasureTable byOriginSector();
}
