package org.gvc4j;

import java.nio.file.Path;
import org.gvc4j.api.FileAccess;
import org.gvc4j.linalg.Backend;
import org.gvc4j.model.Conventions;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import org.gvc4j.source.CsvFolderReader;
import org.gvc4j.source.Formats;
import org.gvc4j.source.ReadOptions;
import org.gvc4j.source.SourceTable;
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
     * A table from a table folder ({@code Z.csv}, {@code Y.csv} or {@code Yfull.csv}, {@code VA_X.csv}), an official
     * file, a folder or a zip in any format {@link Formats} reads (detected from the content), with the default
     * conventions (value added as the residual X − colSums(Z), output as given). Sources holding several years
     * need {@link #load(Path, ReadOptions)}.
     */
    @FileAccess
    public static MrioTable load(Path path) {
        return load(path, ReadOptions.DEFAULT);
    }

    /** Same as {@link #load(Path)} for a path given as text. */
    @FileAccess
    public static MrioTable load(String path) {
        return load(Path.of(path));
    }

    /**
     * A table from any source, with choices the file cannot make: the year, split regions, or a forced format
     * ({@code new ReadOptions(2020, false, "icio")}).
     */
    @FileAccess
    public static MrioTable load(Path path, ReadOptions options) {
        if (options.format() == null && isTableFolder(path)) {
            return new MrioTable(CsvFolderReader.read(path), Conventions.DEFAULT);
        }
        return new MrioTable(read(path, options).toIoTable(), Conventions.DEFAULT);
    }

    /**
     * The table as its source publishes it: Z, final demand by category, every valuation row under its code, value
     * added and output as published, and the load report ({@link SourceTable#report()}).
     */
    @FileAccess
    public static SourceTable read(Path path, ReadOptions options) {
        if (options.format() == null && isTableFolder(path)) {
            return SourceTable.of(CsvFolderReader.read(path), "table folder", path.toString());
        }
        return Formats.read(path, options);
    }

    /** Same as {@link #read(Path, ReadOptions)} with the defaults. */
    @FileAccess
    public static SourceTable read(Path path) {
        return read(path, ReadOptions.DEFAULT);
    }

    private static boolean isTableFolder(Path p) {
        // a folder with Z.csv, or a folder no reader recognizes (the message then says what a table folder needs)
        return Files.isDirectory(p) && (Files.exists(p.resolve("Z.csv"), LinkOption.NOFOLLOW_LINKS)
                || Formats.quietDetect(p) == null);
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
