package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * WWZ of the chosen exporters: the sixteen terms, texp, texpint, texpfd, decompr's diagnostics and DViX_Fsr,
 * one row per exporter.
 */
public interface WwzExporterStep extends MeasureTable {
    /** Only the exports to one importer: one row per pair. */
    WwzPairStep importer(String importer);

    /** The same, by 1-based country number. */
    WwzPairStep importer(int importer);

    /** The exports to every importer: one row per pair. */
    WwzPairStep importers();

    /** By exporting sector: one row per (exporter, sector). */
    MeasureTable bySector();
}
