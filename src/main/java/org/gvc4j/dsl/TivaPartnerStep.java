package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * Bilateral TiVA indicators: one row per (country, partner).
 */
public interface TivaPartnerStep extends MeasureTable {
    /** The cells by sector as well: one row per (country, sector, partner). */
    MeasureTable bySector();
}
