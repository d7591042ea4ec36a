package org.gvc4j.dsl;

/** Borin, Mancini &amp; Taglioni (2025). */
public interface Bm2025Step {
    /** Trade-based tripartite decomposition: DAVAX, GVC_PF, GVC_TS, GVC_PB. */
    Bm2025TradeStep trade();

    /** Output-based participation measures (as the seed publishes them; {@code gdpClosed()} for the consistent variant). */
    Bm2025OutputStep output();
}
