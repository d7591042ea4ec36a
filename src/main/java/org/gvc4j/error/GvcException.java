package org.gvc4j.error;

/** Root of gvc4j's user-facing errors: the message alone tells the user what to fix. */
public class GvcException extends RuntimeException {
    public GvcException(String message) {
        super(message);
    }

    public GvcException(String message, Throwable cause) {
        super(message, cause);
    }
}
