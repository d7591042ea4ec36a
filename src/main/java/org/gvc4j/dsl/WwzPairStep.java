package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * WWZ by exporter and importer: one row per pair.
 */
public interface WwzPairStep extends MeasureTable {
    /** By exporting sector as well: one row per (exporter, sector, importer), WWZ's own level. */
    MeasureTable bySector();
}
