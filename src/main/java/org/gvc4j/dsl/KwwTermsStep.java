package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * KWW at a fixed level and closure, grouped (EXGR, DC, DVA, VAX, REF, DDC, FC, FVA, FDC).
 */
public interface KwwTermsStep extends MeasureTable {
    /** The nine terms T1..T9 (and EXGR at country level). */
    MeasureTable withTerms();
}
