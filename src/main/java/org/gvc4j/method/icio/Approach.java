package org.gvc4j.method.icio;

/** When value added is counted at the perimeter: the first time it leaves (source) or the last time (sink). */
public enum Approach {
    /** First crossing: the production-linkage view (icio's default; the only one with GVC, GVCB, GVCF). */
    SOURCE("source"),
    /** Last crossing: the final-demand view (adds VAXIM at bilateral level). */
    SINK("sink"),
    /** No approach: self perimeters and imports, where icio says the approach is redundant. */
    NA("na");

    private final String token;

    Approach(String token) {
        this.token = token;
    }

    /** The word used in file names. */
    public String token() {
        return token;
    }
}
