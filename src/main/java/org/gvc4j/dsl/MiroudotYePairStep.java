package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * Miroudot–Ye by exporter and importer under the country perimeter.
 */
public interface MiroudotYePairStep extends MeasureTable {
    /** The world perimeter, by pair. */
    MiroudotYePerimeterStep world();

    /** The partner perimeter (exvatools {@code partner = r}): the pair's own border. */
    MiroudotYePerimeterStep self();

    /** By exporting sector as well: one row per (exporter, sector, importer). */
    MeasureTable bySector();
}
