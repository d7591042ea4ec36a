package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * Balassa RCA on gross exports: EXGR and RCA, one row per (country, sector).
 */
public interface RcaCountryStep extends MeasureTable {
    /** RCA on value added in exports (DViX_F, forward DVA in exports, KWW 2014) instead. */
    MeasureTable valueAdded();
}
