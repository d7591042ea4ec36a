package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * Value added by origin country and using industry: one row per (origin, country, sector).
 */
public interface LeontiefSectorStep extends MeasureTable {
    /** Every cell of V̂B times the vector: one row per (origin, origin_sector, country, sector), n² rows. */
    MeasureTable byOriginSector();
}
