package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * KWW by exporter and importer (WWZ→KWW mapping), grouped; one row per pair.
 */
public interface KwwPairStep extends MeasureTable {
    /** By exporting sector as well: one row per (exporter, sector, importer). */
    KwwTermsStep bySector();

    /** The nine terms T1..T9 (and EXGR at country level). */
    MeasureTable withTerms();
}
