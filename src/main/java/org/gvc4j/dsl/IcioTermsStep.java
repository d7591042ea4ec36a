package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/** Exporter-perspective rows that may still get BM's sub-terms. */
public interface IcioTermsStep extends MeasureTable {
    /** Adds BM's sub-terms VAX1–4, REF1–2, FVA1–4. */
    MeasureTable withTerms();
}
