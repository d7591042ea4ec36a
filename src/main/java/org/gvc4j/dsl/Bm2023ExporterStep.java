package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * The total exports of the chosen exporters: DVA, DDC, FVA, FDC, GEXP, one row per exporter (at the level of total
 * exports the source and sink approaches coincide). Choose a partner for pairs.
 */
public interface Bm2023ExporterStep extends MeasureTable {
    /** Only the exports to one importer: one row per pair (exporter ≠ importer), source approach unless changed. */
    Bm2023PairStep importer(String importer);

    /** The same, by 1-based country number. */
    Bm2023PairStep importer(int importer);

    /** The exports to every importer, one row per pair. */
    Bm2023PairStep importers();
}
