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
     * Reads the table.
     *
     * @throws org.gvc4j.error.GvcException naming the file, line or cell, row and column labels of any problem
     */
    SourceTable read(SourceInput source, ReadOptions options);
}
