package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * Bilateral exports e_sr, one row per pair: exporter perspective, source approach (the default, as in icio), or choose
 * the sink approach or the pair's own perimeter.
 */
public interface Bm2023PairStep extends MeasureTable {
    /** Source approach (the default, said explicitly): VA counted when it first leaves the exporter. */
    MeasureTable source();

    /** Sink approach: VA counted when it last leaves the exporter (the seed's {@code bm_2023_bilateral_sink}). */
    MeasureTable sink();

    /** The pair's own perimeter: only re-crossings of the s→r border are double counted (the seed's {@code _pure}). */
    MeasureTable self();
}
