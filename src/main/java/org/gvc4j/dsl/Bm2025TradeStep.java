package org.gvc4j.dsl;

/** Tripartite GVC trade: choose whose exports. */
public interface Bm2025TradeStep {
    /** The exports of one exporter (by name): totals over its partners (the seed's {@code bm_2025_trade_exporter}). */
    Bm2025TradeExporterStep exporter(String exporter);

    /** The same, by 1-based country number. */
    Bm2025TradeExporterStep exporter(int exporter);

    /** The exports of every exporter, one row each (the seed's {@code bm_2025_trade_measures}). */
    Bm2025TradeExporterStep exporters();
}
