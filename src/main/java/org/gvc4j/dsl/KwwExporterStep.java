package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * KWW of the chosen exporters, grouped as exvatools' {@code standard} (EXGR, DC, DVA, VAX, REF, DDC, FC, FVA,
 * FDC), one row per exporter. Below the country level the terms come from the WWZ→KWW mapping.
 */
public interface KwwExporterStep extends MeasureTable {
    /** Only the exports to one importer (WWZ→KWW mapping): one row per pair. */
    KwwPairStep importer(String importer);

    /** The same, by 1-based country number. */
    KwwPairStep importer(int importer);

    /** The exports to every importer (WWZ→KWW mapping): one row per pair. */
    KwwPairStep importers();

    /** By exporting sector (WWZ→KWW mapping): one row per (exporter, sector). */
    KwwTermsStep bySector();

    /** T9 (FDC) as decompr closes it: exports minus T1..T8, so the terms add up to exports on any table. */
    KwwTermsStep fdcResidual();

    /** The nine terms T1..T9 (DVA_FIN ... FDC), and EXGR at country level. */
    MeasureTable withTerms();
}
