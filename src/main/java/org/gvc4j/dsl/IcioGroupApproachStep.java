package org.gvc4j.dsl;

import java.util.List;
import java.util.Map;
import org.gvc4j.result.MeasureTable;

/** The exports of country groups with the approach chosen: what is left is the sector level and the sub-terms. */
public interface IcioGroupApproachStep extends MeasureTable {
    /** One row per exporting sector as well. */
    IcioTermsStep bySector();

    /** Only one exporting sector. */
    IcioTermsStep sector(String sector);

    /** Named groups of exporting sectors, one row per group. */
    IcioTermsStep sectors(Map<String, List<String>> groups);

    /** Adds BM's sub-terms VAX1–4, REF1–2, FVA1–4. */
    MeasureTable withTerms();
}
