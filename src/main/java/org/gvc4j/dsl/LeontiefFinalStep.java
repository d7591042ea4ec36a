package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * V̂BY by origin country and absorbing country: one row per (origin, destination).
 */
public interface LeontiefFinalStep extends MeasureTable {
    /** By origin sector as well: one row per (origin, origin_sector, destination). */
    MeasureTable byOriginSector();
}
