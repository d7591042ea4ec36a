package org.gvc4j;

import java.nio.file.Path;
import org.gvc4j.api.FileAccess;
import org.gvc4j.linalg.Backend;
import org.gvc4j.model.Conventions;
import org.gvc4j.source.CsvFolderReader;
import org.gvc4j.source.DemoTable;

/** The entry point: load a table, then {@code io.decompose()...}. */
public final class Gvc {
    private Gvc() {
    }

    /** The demo table embedded in the jar (5 economies × 4 sectors, balanced). */
    public static MrioTable demo() {
        return new MrioTable(DemoTable.load(), Conventions.DEFAULT);
    }

    /**
     * A table in the CSV folder layout ({@code Z.csv}, {@code Y.csv} or {@code Yfull.csv}, {@code VA_X.csv}), with the
     * default conventions (value added as the residual X − colSums(Z), output as given).
     */
    @FileAccess
    public static MrioTable load(Path folder) {
        return new MrioTable(CsvFolderReader.read(folder), Conventions.DEFAULT);
    }

    /** Same as {@link #load(Path)} for a path given as text. */
    @FileAccess
    public static MrioTable load(String folder) {
        return load(Path.of(folder));
    }

    /** Build a table from arrays (Z, Y, VA rows, X). */
    public static MrioTableBuilder builder() {
        return new MrioTableBuilder();
    }

    /** The gvc4j version. */
    public static String version() {
        String v = Gvc.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    /** The numerics backend in use, e.g. {@code native (BLAS JNIBLAS, LAPACK JNILAPACK)}. */
    public static String backend() {
        return Backend.get().describe();
    }
}
