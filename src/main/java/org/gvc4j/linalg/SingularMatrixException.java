package org.gvc4j.linalg;

/**
 * Thrown when a factorisation meets a zero or non-finite pivot. It carries the 0-based column of the matrix where
 * elimination stopped (−1 when unknown) and whether the matrix held non-finite values; callers translate it into a
 * message about the table (this package knows nothing of countries or industries).
 */
public final class SingularMatrixException extends ArithmeticException {
    private final int column;
    private final boolean nonFinite;

    public SingularMatrixException(String message) {
        this(message, -1, false);
    }

    public SingularMatrixException(String message, int column, boolean nonFinite) {
        super(message);
        this.column = column;
        this.nonFinite = nonFinite;
    }

    /** The 0-based column where the factorisation failed, or −1. */
    public int column() {
        return column;
    }

    /** Whether the failure came from a value that is not finite (an overflow upstream), not from an exact zero. */
    public boolean nonFinite() {
        return nonFinite;
    }
}
