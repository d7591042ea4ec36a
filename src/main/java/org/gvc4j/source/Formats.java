package org.gvc4j.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gvc4j.error.TableFormatException;
import org.gvc4j.source.adb.AdbReader;
import org.gvc4j.source.eora.Eora26Reader;
import org.gvc4j.source.exiobase.ExiobaseReader;
import org.gvc4j.source.figaro.FigaroReader;
import org.gvc4j.source.icio.IcioReader;
import org.gvc4j.source.lrwiod.LongRunWiodReader;
import org.gvc4j.source.wiod.Wiod2013Reader;
import org.jspecify.annotations.Nullable;

/**
 * The readers, and format detection from content: {@link #read(Path, ReadOptions)} opens a file, folder or zip,
 * picks the reader that recognizes it (or the one {@link ReadOptions#format()} names) and returns its table.
 */
public final class Formats {
    private static final List<TableReader> READERS = List.of(new IcioReader(), new FigaroReader(), new LongRunWiodReader(),
            new ExiobaseReader(), new Eora26Reader(), new Wiod2013Reader(), new AdbReader());

    private Formats() {
    }

    public static List<TableReader> readers() {
        return READERS;
    }

    /** The names {@code --format} accepts. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (TableReader r : READERS) {
            out.add(r.name());
        }
        return out;
    }

    /** The reader named {@code name} (case-insensitive). */
    public static TableReader named(String name) {
        for (TableReader r : READERS) {
            if (r.name().equalsIgnoreCase(name.strip())) {
                return r;
            }
        }
        throw new TableFormatException("unknown format \"" + name + "\"; formats: " + String.join(", ", names()));
    }

    /** Reads a source in any supported format. */
    public static SourceTable read(Path path, ReadOptions options) {
        try (SourceInput in = SourceInput.open(path)) {
            TableReader r = options.format() != null ? named(options.format()) : detect(in);
            return r.read(in, options);
        }
    }

    /** The reader that recognizes the source at {@code p}, or {@code null} (never throws). */
    public static @Nullable TableReader quietDetect(Path p) {
        try (SourceInput in = SourceInput.open(p)) {
            for (TableReader r : READERS) {
                if (r.recognizes(in)) {
                    return r;
                }
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The reader that recognizes {@code in}. */
    public static TableReader detect(SourceInput in) {
        for (TableReader r : READERS) {
            if (r.recognizes(in)) {
                return r;
            }
        }
        String kind = in.isZip() ? "zip" : in.isFolder() ? "folder" : "file";
        throw new TableFormatException(in.path() + ": not a table folder (Z.csv …) nor a " + kind + " in a format gvc4j "
                + "recognizes (" + String.join(", ", names()) + "); if it is one of them, name it with --format. "
                + (in.members().size() <= 8 ? "It holds: " + in.members() : "It holds " + in.members().size() + " files"));
    }
}
