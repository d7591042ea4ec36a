package org.gvc4j.error;

/**
 * A question a method cannot answer as asked: the same country as exporter and importer, an importer inside the
 * exporting group, an empty group, a combination that does not exist. The message says what to change.
 */
public final class InvalidQueryException extends GvcException {
    public InvalidQueryException(String message) {
        super(message);
    }
}
