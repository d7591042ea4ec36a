package org.gvc4j.dsl;

/**
 * A position or participation measure defined on output (no trade direction): choose the countries.
 */
public interface PositionStep {
    /** One country (by name): the measure by country. */
    PositionCountryStep country(String country);

    /** The same, by 1-based country number. */
    PositionCountryStep country(int country);

    /** Every country, one row each: the measure by country. */
    PositionCountryStep countries();
}
