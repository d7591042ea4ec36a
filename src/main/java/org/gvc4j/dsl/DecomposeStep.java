package org.gvc4j.dsl;

/** Choose the method (the paper). */
public interface DecomposeStep {
    /** Borin &amp; Mancini (2023): value added in exports (DVA, DDC, FVA, FDC), as gvcAnalyzer computes it. */
    Bm2023Step bm2023();

    /** Borin, Mancini &amp; Taglioni (2025): tripartite GVC trade and output-based participation. */
    Bm2025Step bm2025();

    /** The full Borin–Mancini accounting (Stata icio parity): every field, perspective, approach and level. */
    IcioStep icio();

    // ---- the classic methods (issue 15): thin steps over the method packages, same grammar ----

    /** Leontief value-added origin: V̂B times exports, output or final demand (decompr, exvatools). */
    LeontiefStep leontief();

    /** Hummels, Ishii &amp; Yi (2001): vertical specialisation (VS, VS1) of exports. */
    HiyStep hiy();

    /** Koopman, Wang &amp; Wei (2014): the nine terms of gross exports, grouped or as terms. */
    KwwStep kww();

    /** Wang, Wei &amp; Zhu (2013, NBER WP 19677): the sixteen terms of gross exports, from country to sector × importer. */
    WwzStep wwz();

    /** Miroudot &amp; Ye (2021): domestic and foreign content under the country, world or own perimeter. */
    MiroudotYeStep miroudotYe();

    /** The OECD TiVA indicators (EXGR_DVA, FFD_DVA, BALVAFD, VAX_RATIO, ...) by country, sector and partner. */
    TivaStep tiva();

    /** Wang, Wei, Yu &amp; Zhu (2017): production-based GVC participation and production lengths, position index. */
    PositionStep wwyz();

    /** Antràs–Chor upstreamness (Ghosh-inverse row sums), output-weighted to countries. */
    PositionStep upstreamness();

    /** Downstreamness u·B (column sums of the Leontief inverse), output-weighted to countries. */
    PositionStep downstreamness();

    /** Dietzenbacher et al. (2005) average propagation length: per ordered pair of countries, or per industry. */
    PositionStep apl();

    /** Koopman, Powers, Wang &amp; Wei (2010) GVC participation and position (KWW-2010 IV). */
    PositionStep koopman();

    /** Balassa revealed comparative advantage on gross exports or on value added in exports, by sector. */
    RcaStep rca();
}
