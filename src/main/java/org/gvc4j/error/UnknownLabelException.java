package org.gvc4j.error;

/** A country or sector name (or index) that is not in the table; the message lists the valid ones. */
public final class UnknownLabelException extends GvcException {
    public UnknownLabelException(String message) {
        super(message);
    }
}
