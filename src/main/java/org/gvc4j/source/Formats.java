package org.gvc4j.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gvc4j.error.TableFormatException;
import org.gvc4j.source.adb.AdbReader;
import org.gvc4j.source.eora.Eora26Reader;
import org.gvc4j.source.exiobase.ExiobaseReader;
import org.gvc4j.source.figaro.FigaroReader;
import org.gvc4j.source.gloria.GloriaReader;
import org.gvc4j.source.icio.IcioReader;
import org.gvc4j.source.lrwiod.LongRunWiodReader;
import org.gvc4j.source.wiod.Wiod2013Reader;
import org.gvc4j.source.wiod2016.Wiod2016Reader;
import org.jspecify.annotations.Nullable;

/**
 * The readers, and format detection from content: {@link #read(Path, ReadOptions)} opens a file, folder or zip,
 * picks the reader that recognizes it (or the one {@link ReadOptions#format()} names) and returns its table.
 */
public final class Formats {
    private static final List<TableReader> READERS = List.of(new IcioReader(), new FigaroReader(), new LongRunWiodReader(),
            new ExiobaseReader(), new Eora26Reader(), new Wiod2013Reader(), new AdbReader(), new Wiod2016Reader(),
            new GloriaReader());

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
        } catch (org.gvc4j.error.InvalidTableException e) {
            // the model's own checks (labels, shapes) do not know the file: name it
            if (e.getMessage().contains(path.toString())) {
                throw e;
            }
            throw new org.gvc4j.error.InvalidTableException(path + ": " + e.getMessage());
        }
    }

    /** The reader that recognizes the source at {@code p}, or {@code null} (never throws). */
    public static @Nullable TableReader quietDetect(Path p) {
        try (SourceInput in = SourceInput.open(p)) {
            return choose(in);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The reader that recognizes {@code in}, or else the only one it resembles by its file names, or {@code null}.
     *
     * @throws org.gvc4j.error.TableFormatException when the source is damaged in a way that shows while recognizing it
     */
    static @Nullable TableReader choose(SourceInput in) {
        for (TableReader r : READERS) {
            if (r.recognizes(in)) {
                return r;
            }
        }
        TableReader only = null;
        for (TableReader r : READERS) {
            if (r.resembles(in)) {
                if (only != null) {
                    return null;
                }
                only = r;
            }
        }
        return only;
    }

    /** The reader that recognizes {@code in}. */
    public static TableReader detect(SourceInput in) {
        TableReader r = choose(in);
        if (r != null) {
            return r;
        }
        String kind = in.isZip() ? "zip" : in.isFolder() ? "folder" : "file";
        String what;
        if (!in.isZip() && !in.isFolder()) {
            String head = in.firstLine(in.members().get(0));
            what = head.isEmpty() ? "; it is empty" : "; its line 1 begins \"" + NumberSyntax.printable(head) + "\"";
        } else {
            what = in.members().isEmpty() ? "; it holds no files" : in.members().size() <= 8 ? "; it holds " + in.members()
                    : "; it holds " + in.members().size() + " files";
        }
        throw new TableFormatException(in.path() + ": not a table folder (Z.csv …) nor a " + kind + " in a format gvc4j "
                + "recognizes (" + String.join(", ", names()) + "; force one with --format)" + what);
    }
}
