package org.gvc4j.linalg;

/** Thrown when a factorisation meets a zero or non-finite pivot. Callers translate it into a message about the table. */
public final class SingularMatrixException extends ArithmeticException {
    public SingularMatrixException(String message) {
        super(message);
    }
}
