package org.gvc4j.dsl;

/**
 * Revealed comparative advantage (Balassa), by country and sector: choose the countries.
 */
public interface RcaStep {
    /** One country (by name): gross-export RCA by sector. */
    RcaCountryStep country(String country);

    /** The same, by 1-based country number. */
    RcaCountryStep country(int country);

    /** Every country, one row each: gross-export RCA by sector. */
    RcaCountryStep countries();
}
