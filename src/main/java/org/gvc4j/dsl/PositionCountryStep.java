package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * The measure of the chosen countries, one row per country (APL: per ordered pair of countries).
 */
public interface PositionCountryStep extends MeasureTable {
    /** One row per (country, sector). */
    MeasureTable bySector();
}
