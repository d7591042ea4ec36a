package org.gvc4j.script;

import org.gvc4j.error.GvcException;

/** A recipe that failed: the message is {@code recipe.groovy:LINE: what went wrong}; the exit code says how. */
public final class RecipeException extends GvcException {
    /** The recipe did not compile, or the sandbox refused it. */
    public static final int REJECTED = 3;
    /** The recipe failed while running. */
    public static final int FAILED = 1;
    /** The sandboxed recipe ran out of time. */
    public static final int TIMEOUT = 4;
    /** Bad command-line input (missing file, bad option). */
    public static final int BAD_INPUT = 2;
    /** The recipe ran out of memory (the heap limit of the sandbox, or of the JVM). */
    public static final int OUT_OF_MEMORY = 5;

    private final int exitCode;

    public RecipeException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public RecipeException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
