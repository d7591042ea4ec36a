package org.gvc4j.dsl;

import org.gvc4j.result.Result;

/**
 * Tripartite GVC trade. E = DAVAX + GVC_PF + GVC_TS + GVC_PB, GVC = E − DAVAX. After {@link #bySector()} every
 * result has one row per exporting sector as well.
 */
public interface Bm2025TradeStep {
    /** One exporter: totals over its partners and the shares (share_GVC, share_PF, share_TS, share_PB, forward). */
    Result exporter(String exporter);

    /** Same, by 1-based country number. */
    Result exporter(int exporter);

    /** One exporter–importer pair: E, DAVAX, GVC, GVC_PF, GVC_TS, GVC_PB (the seed's {@code bm_2025_tripartite_trade}). */
    Result pair(String exporter, String importer);

    /** Same, by 1-based country numbers. */
    Result pair(int exporter, int importer);

    /** Every exporter–importer pair (the seed's {@code bm_2025_tripartite_trade_all}). */
    Result pairs();

    /** Every exporter: totals and shares (the seed's {@code bm_2025_trade_measures}). */
    Result measures();

    /** The same verbs at exporting-sector level (exact: sectors sum to the country figures). */
    Bm2025TradeStep bySector();
}
