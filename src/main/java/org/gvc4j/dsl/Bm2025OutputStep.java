package org.gvc4j.dsl;

/**
 * Output-based participation: choose the countries. By default the seed's published formulas (country and sector
 * versions differ, see dsl-docs/verbs/output.md); {@code gdpClosed()} switches to gvc4j's consistent split of GDP.
 */
public interface Bm2025OutputStep {
    /** One country (by name): components and shares. */
    Bm2025OutputCountryStep country(String country);

    /** The same, by 1-based country number. */
    Bm2025OutputCountryStep country(int country);

    /** Every country, one row each (the seed's {@code bm_2025_output_measures}). */
    Bm2025OutputCountryStep countries();
}
