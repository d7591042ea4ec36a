package org.gvc4j.dsl;

/** Borin, Mancini &amp; Taglioni (2025): choose the family. */
public interface Bm2025Step {
    /** Trade-based tripartite decomposition: E = DAVAX + GVC_PF + GVC_TS + GVC_PB. */
    Bm2025TradeStep trade();

    /** Output-based participation measures (as the seed publishes them; {@code gdpClosed()} for a consistent split). */
    Bm2025OutputStep output();
}
