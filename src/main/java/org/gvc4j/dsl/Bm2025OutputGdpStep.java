package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/** The GDP-closed split of the chosen countries: GDP, DomX, DAVAX, GVC_PF, imbalance and their shares of GDP. */
public interface Bm2025OutputGdpStep extends MeasureTable {
    /** One row per country and origin sector. */
    MeasureTable bySector();
}
