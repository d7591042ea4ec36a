package org.gvc4j.dsl;

/**
 * Koopman, Wang &amp; Wei (2014): the nine-term decomposition of gross exports; choose the exporters.
 */
public interface KwwStep {
    /** One exporter (by name): the KWW grouping EXGR, DC, DVA, VAX, REF, DDC, FC, FVA, FDC. */
    KwwExporterStep exporter(String exporter);

    /** The same, by 1-based country number. */
    KwwExporterStep exporter(int exporter);

    /** Every exporter, one row each: the KWW grouping EXGR, DC, DVA, VAX, REF, DDC, FC, FVA, FDC. */
    KwwExporterStep exporters();
}
