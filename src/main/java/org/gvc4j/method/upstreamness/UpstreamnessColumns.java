package org.gvc4j.method.upstreamness;

import java.util.List;
import java.util.Map;

/**
 * Column names of the upstreamness and downstreamness results (methods.md §3.16, the {@code numpy_upstreamness_ghosh_*}
 * and {@code numpy_downstreamness_ub_*} reference files), and the names the literature's codes print for them.
 */
public final class UpstreamnessColumns {
    private UpstreamnessColumns() {
    }

    public static final String COUNTRY = "country";
    public static final String SECTOR = "sector";
    /** Gross output x (as the conventions read it): the weight of the country figures. */
    public static final String X = "X";
    /** Upstreamness U = (I − Δ)⁻¹ u′, Δ = X̂⁻¹ Z: the average number of stages before final use (≥ 1). */
    public static final String U = "U";
    /** Downstreamness D = u B: the average number of stages embodied, from primary inputs (≥ 1). */
    public static final String D = "D";

    public static final List<String> UPSTREAMNESS = List.of(X, U);
    public static final List<String> DOWNSTREAMNESS = List.of(X, D);

    /**
     * Other names: Antràs–Chor (2018) and the UIBE/WWYZ literature write U as {@code U} or {@code upstreamness}
     * (Fally 2012: "distance to final demand", {@code D}); downstreamness as Fally's N ({@code N}, "number of
     * production stages") or Miller–Temurshoev's input downstreamness ({@code IDS}).
     */
    public static final Map<String, String> LITERATURE = Map.of(U, "upstreamness", D, "N");
}
