package org.gvc4j.testing;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The one tolerance rule for identities: |a − b| ≤ rel · max(|a|, |b|, scale), where scale is the magnitude of the
 * quantity being split (e.g. the largest gross exports in the table), so that tiny terms are compared absolutely.
 */
public final class Close {
    /** Identities on random tables: 1e-10 relative (the acceptance bar). */
    public static final double IDENTITY = 1e-10;

    private Close() {
    }

    public static void assertClose(double expected, double actual, double scale, String what) {
        double tol = IDENTITY * Math.max(Math.max(Math.abs(expected), Math.abs(actual)), scale);
        if (!(Math.abs(expected - actual) <= tol)) {
            fail(String.format("%s: %.17g vs %.17g (difference %.3g, tolerance %.3g)", what, expected, actual,
                    Math.abs(expected - actual), tol));
        }
    }
}
