package org.gvc4j.dsl;

/**
 * The value added absorbed by final demand: choose the absorbing countries (key {@code destination}).
 */
public interface LeontiefFinalDemandStep {
    /** One country (by name): the value added of every origin country its final demand absorbs. */
    LeontiefFinalStep country(String country);

    /** The same, by 1-based country number. */
    LeontiefFinalStep country(int country);

    /** Every country, one row each: the value added of every origin country its final demand absorbs. */
    LeontiefFinalStep countries();
}
