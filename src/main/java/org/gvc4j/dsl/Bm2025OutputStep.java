package org.gvc4j.dsl;

import org.gvc4j.result.Result;

/**
 * Output-based participation. By default the seed's published formulas (country and sector versions differ, see
 * dsl-docs/verbs/output.md); {@link #gdpClosed()} switches to gvc4j's consistent variant, which splits GDP.
 */
public interface Bm2025OutputStep {
    /** Every country: components and shares (the seed's {@code bm_2025_output_measures}). */
    Result measures();

    /** Every country: components only (the seed's {@code bm_2025_output_components}). */
    Result components();

    /** One country: components and shares. */
    Result country(String country);

    /** Same, by 1-based country number. */
    Result country(int country);

    /** Every country and sector: components and shares (the seed's {@code bm_2025_output_measures_sector}). */
    Result bySector();

    /** The consistent variant: GDP = DomX + DAVAX + GVC_PF (+ imbalance, zero on balanced tables). */
    Bm2025OutputStep gdpClosed();
}
