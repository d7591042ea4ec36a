package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * The sector perimeter of the chosen exporters: it needs the sector level.
 */
public interface MiroudotYeSelfStep {
    /** One row per (exporter, sector), the sector's own perimeter. */
    MeasureTable bySector();
}
