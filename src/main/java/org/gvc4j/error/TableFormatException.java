package org.gvc4j.error;

/** A table file that cannot be read as the documented layout: the message names the file and line. */
public final class TableFormatException extends GvcException {
    public TableFormatException(String message) {
        super(message);
    }

    public TableFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
