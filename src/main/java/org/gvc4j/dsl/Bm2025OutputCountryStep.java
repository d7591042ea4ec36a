package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/** Output-based measures of the chosen countries, as published: components and shares, one row per country. */
public interface Bm2025OutputCountryStep extends MeasureTable {
    /** The consistent variant: GDP = DomX + DAVAX + GVC_PF (+ imbalance, zero on balanced tables). */
    Bm2025OutputGdpStep gdpClosed();

    /** One row per country and sector (the seed's {@code bm_2025_output_measures_sector}). */
    MeasureTable bySector();
}
