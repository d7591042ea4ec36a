package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * Vertical specialisation of the chosen exporters: EXGR, VS, VS_share, VS1, VS1_share, one row per exporter.
 */
public interface HiyExporterStep extends MeasureTable {
    /** By exporting sector (VS1 by origin sector): one row per (exporter, sector). */
    MeasureTable bySector();
}
