package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * Miroudot–Ye under the world or the pair's own perimeter.
 */
public interface MiroudotYePerimeterStep extends MeasureTable {
    /** By exporting sector as well. */
    MeasureTable bySector();
}
