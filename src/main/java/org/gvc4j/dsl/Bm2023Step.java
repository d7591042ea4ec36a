package org.gvc4j.dsl;

/** Borin &amp; Mancini (2023), exporter perspective: choose whose exports. */
public interface Bm2023Step {
    /** The exports of one exporter (by name). Totals: the seed's {@code bm_2023_exporter_total}. */
    Bm2023ExporterStep exporter(String exporter);

    /** The same, by 1-based country number. */
    Bm2023ExporterStep exporter(int exporter);

    /** The exports of every exporter, one row each (the seed's {@code bm_2023_exporter_total_all}). */
    Bm2023ExporterStep exporters();
}
