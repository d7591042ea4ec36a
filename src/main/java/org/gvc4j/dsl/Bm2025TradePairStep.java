package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/** Bilateral exports, one row per pair, with the same columns as the exporter rows. */
public interface Bm2025TradePairStep extends MeasureTable {
    /** The same measures by exporting sector of each pair. */
    MeasureTable bySector();
}
