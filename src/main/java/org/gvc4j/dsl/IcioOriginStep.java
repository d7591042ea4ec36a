package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/** A sector breakdown that may still be split by the country of origin of the value added. */
public interface IcioOriginStep extends MeasureTable {
    /** Splits the rows by the country that produced the value added (key {@code origin}). */
    MeasureTable byOrigin();

    /** Only the value added produced in the given countries. */
    MeasureTable origin(String... countries);
}
