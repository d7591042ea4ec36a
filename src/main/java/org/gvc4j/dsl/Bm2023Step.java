package org.gvc4j.dsl;

import org.gvc4j.result.Result;

/** Borin &amp; Mancini (2023), exporter perspective. Rows: DVA, DDC, FVA, FDC, GEXP. */
public interface Bm2023Step {
    /** Total exports of one exporter (the seed's {@code bm_2023_exporter_total}). */
    Result exporter(String exporter);

    /** Same, by 1-based country number. */
    Result exporter(int exporter);

    /** Total exports of every exporter (the seed's {@code bm_2023_exporter_total_all}). */
    Result exporters();

    /** Exports of one exporter to one importer; choose the approach or perimeter next. */
    Bm2023BilateralStep bilateral(String exporter, String importer);

    /** Same, by 1-based country numbers. */
    Bm2023BilateralStep bilateral(int exporter, int importer);

    /** Every exporter–importer pair. */
    Bm2023BilateralStep bilateral();
}
