package org.gvc4j.source;

/**
 * One reader per distribution format, each in its own package {@code org.gvc4j.source.<format>}, all behind this
 * one shape: {@link #read} returns the validated table and its load report.
 */
public interface TableReader {
    /** The name {@code --format} takes, e.g. {@code icio}. */
    String name();

    /** One line for help texts: what the reader reads. */
    String describe();

    /** Whether this reader reads {@code source} (from its names and first bytes; cheap, never reads the whole). */
    boolean recognizes(SourceInput source);

    /**
     * Whether the source is made of the files this format is made of, judged by their names only (their content may be
     * damaged): when no reader {@link #recognizes} a source and exactly one resembles it, that reader reads it, so the
     * message names what is wrong in it instead of "no format recognized".
     */
    default boolean resembles(SourceInput source) {
        return false;
    }

    /**
     * Reads the table.
     *
     * @throws org.gvc4j.error.GvcException naming the file, line or cell, row and column labels of any problem
     */
    SourceTable read(SourceInput source, ReadOptions options);
}
