package org.gvc4j.dsl;

/**
 * The value-added origin of gross output: choose the countries.
 */
public interface LeontiefOutputStep {
    /** One country (by name): the value added of every origin country in its gross output. */
    LeontiefOriginStep country(String country);

    /** The same, by 1-based country number. */
    LeontiefOriginStep country(int country);

    /** Every country, one row each: the value added of every origin country in its gross output. */
    LeontiefOriginStep countries();
}
