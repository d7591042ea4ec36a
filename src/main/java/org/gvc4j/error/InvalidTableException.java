package org.gvc4j.error;

/** Table contents that no decomposition can use (bad dimensions, non-finite values, negative output, I − A singular). */
public final class InvalidTableException extends GvcException {
    public InvalidTableException(String message) {
        super(message);
    }
}
