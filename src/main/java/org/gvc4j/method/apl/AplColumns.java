package org.gvc4j.method.apl;

import java.util.List;

/**
 * Column names of the average propagation length results (methods.md §3.16, the {@code numpy_apl_*} reference files).
 * No peer package computes APL; the names follow Dietzenbacher, Romero &amp; Bosma (2005).
 */
public final class AplColumns {
    private AplColumns() {
    }

    public static final String COUNTRY = "country";
    public static final String SECTOR = "sector";
    /** The industry or country where a cost push (a unit of value added) starts: the row of B. */
    public static final String FROM_COUNTRY = "from_country";
    public static final String FROM_SECTOR = "from_sector";
    /** The industry or country it reaches: the column of B. */
    public static final String TO_COUNTRY = "to_country";
    public static final String TO_SECTOR = "to_sector";

    /** APL_ij = [B (B − I)]_ij / (B − I)_ij: the average number of steps from i to j. */
    public static final String APL = "APL";
    /** Σ_j [B(B − I)]_ij / Σ_j (B − I)_ij: how far, on average, industry i's output travels (row, forward). */
    public static final String APL_FORWARD = "APL_forward";
    /** Σ_i [B(B − I)]_ij / Σ_i (B − I)_ij: how far, on average, industry j's inputs come from (column, backward). */
    public static final String APL_BACKWARD = "APL_backward";

    public static final List<String> SECTOR_MEASURES = List.of(APL_FORWARD, APL_BACKWARD);
    public static final List<String> PAIR_MEASURES = List.of(APL);
}
