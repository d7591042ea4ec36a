package org.gvc4j.dsl;

/**
 * Miroudot &amp; Ye (2021): domestic and foreign content of exports under a perimeter; choose the exporters.
 */
public interface MiroudotYeStep {
    /** One exporter (by name): EXGR, DC, DVA, DDC, FC, FVA, FDC under the country perimeter. */
    MiroudotYeExporterStep exporter(String exporter);

    /** The same, by 1-based country number. */
    MiroudotYeExporterStep exporter(int exporter);

    /** Every exporter, one row each: EXGR, DC, DVA, DDC, FC, FVA, FDC under the country perimeter. */
    MiroudotYeExporterStep exporters();
}
