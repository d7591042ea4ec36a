package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/** The pair's own perimeter (icio {@code bilateral}): one row per pair, or a sector level next (icio sectbil). */
public interface IcioSelfPairStep extends IcioSelfStep, MeasureTable {
}
