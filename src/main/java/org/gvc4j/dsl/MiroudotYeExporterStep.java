package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * Miroudot–Ye of the chosen exporters under the country perimeter (exvatools' default), one row per
 * exporter.
 */
public interface MiroudotYeExporterStep extends MeasureTable {
    /** Only the exports to one importer: one row per pair. */
    MiroudotYePairStep importer(String importer);

    /** The same, by 1-based country number. */
    MiroudotYePairStep importer(int importer);

    /** The exports to every importer: one row per pair. */
    MiroudotYePairStep importers();

    /** The world perimeter (exvatools {@code perim = "WLD"}): FVA = 0, FDC = FC split into FDC1 and FDC2. */
    MiroudotYePerimeterStep world();

    /** The sector perimeter (exvatools {@code sector = n}); choose the sector level next. */
    MiroudotYeSelfStep self();

    /** By exporting sector, country perimeter: one row per (exporter, sector). */
    MeasureTable bySector();
}
