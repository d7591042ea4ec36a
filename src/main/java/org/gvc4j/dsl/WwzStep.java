package org.gvc4j.dsl;

/**
 * Wang, Wei &amp; Zhu (2013, NBER WP 19677): the sixteen-term decomposition of gross exports; choose the exporters.
 */
public interface WwzStep {
    /** One exporter (by name): the sixteen terms, gross exports and decompr's diagnostics. */
    WwzExporterStep exporter(String exporter);

    /** The same, by 1-based country number. */
    WwzExporterStep exporter(int exporter);

    /** Every exporter, one row each: the sixteen terms, gross exports and decompr's diagnostics. */
    WwzExporterStep exporters();
}
