package org.gvc4j.dsl;

import java.util.List;
import java.util.Map;
import org.gvc4j.result.MeasureTable;

/**
 * The flow's own perimeter, before its sector level is chosen (no approach: icio calls it redundant here). Not
 * additive: a sector's or a partner's perimeter counts value added that crosses it once, so rows do not sum to the
 * exporter's totals. Measures: GEXP, DC, DVA, VAX, REF, DDC, FC, FVA, FDC.
 */
public interface IcioSelfStep {
    /** Each exporting sector's own perimeter (icio sectexp), or each sector's exports to r (icio sectbil). */
    MeasureTable bySector();

    /** Only one exporting sector, its own perimeter. */
    MeasureTable sector(String sector);

    /** Named groups of exporting sectors, each group's own perimeter (all its sectors' exports). */
    MeasureTable sectors(Map<String, List<String>> groups);
}
