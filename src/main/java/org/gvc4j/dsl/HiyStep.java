package org.gvc4j.dsl;

/**
 * Hummels, Ishii &amp; Yi (2001) vertical specialisation: choose the exporters.
 */
public interface HiyStep {
    /** One exporter (by name): EXGR, VS, VS_share, VS1, VS1_share. */
    HiyExporterStep exporter(String exporter);

    /** The same, by 1-based country number. */
    HiyExporterStep exporter(int exporter);

    /** Every exporter, one row each: EXGR, VS, VS_share, VS1, VS1_share. */
    HiyExporterStep exporters();
}
