package org.gvc4j.dsl;

/**
 * The OECD TiVA indicator set: choose the countries.
 */
public interface TivaStep {
    /** One country (by name): EXGR ... VAX_RATIO. */
    TivaCountryStep country(String country);

    /** The same, by 1-based country number. */
    TivaCountryStep country(int country);

    /** Every country, one row each: EXGR ... VAX_RATIO. */
    TivaCountryStep countries();
}
