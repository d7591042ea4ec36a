package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * The total exports of the chosen exporters: E, DAVAX, GVC, GVC_PF, GVC_TS, GVC_PB, the shares, the position index and
 * the participation rates, one row per exporter. Choose a partner for pairs, or a sector breakdown.
 */
public interface Bm2025TradeExporterStep extends MeasureTable {
    /** Only the exports to one importer: one row per pair (the seed's {@code bm_2025_tripartite_trade}). */
    Bm2025TradePairStep importer(String importer);

    /** The same, by 1-based country number. */
    Bm2025TradePairStep importer(int importer);

    /** The exports to every importer, one row per pair (the seed's {@code bm_2025_tripartite_trade_all}). */
    Bm2025TradePairStep importers();

    /** The same measures by exporting sector (exact: sectors sum to the country figures). */
    MeasureTable bySector();
}
