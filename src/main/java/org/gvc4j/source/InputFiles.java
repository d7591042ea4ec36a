package org.gvc4j.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.gvc4j.error.TableFormatException;
import org.jspecify.annotations.Nullable;

/**
 * Opens input files only when they are regular files: a named pipe would block the reader forever, a device can be
 * endless, and a folder where a file should be gives a confusing error later. A path given by the user may be a
 * symbolic link to a regular file; a file a reader finds inside a table folder ({@link #openInside}) may not be a
 * symbolic link at all, and its real path must stay inside the folder: a folder handed over (or shipped with a
 * recipe) could otherwise make {@code load} read any file the user can read.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** An opened input and its size in bytes (−1 when unknown, e.g. a resource inside the jar). */
    public record Input(InputStream in, long size) {
    }

    /**
     * What {@code p} is when it is not a regular file ("a folder", "a named pipe, device or socket"), or {@code null}
     * for a regular file. Missing files throw {@link NoSuchFileException}.
     */
    static @Nullable String notRegular(Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        if (a.isRegularFile()) {
            return null;
        }
        if (a.isDirectory()) {
            return "a folder";
        }
        return "a named pipe, device or socket";
    }

    /**
     * Opens a regular file, or returns {@code null} when nothing exists at {@code p}.
     *
     * @param shown the file as named in messages
     * @throws TableFormatException when {@code p} exists but is not a regular file
     */
    public static @Nullable Input openIfExists(Path p, String shown) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.exists(p)) {
            throw new TableFormatException(shown + " is a symbolic link to nothing");
        }
        String what = notRegular(p);
        if (what != null) {
            throw new TableFormatException(shown + " is " + what + ", not a file; give the table's file there");
        }
        return new Input(Files.newInputStream(p), Files.size(p));
    }

    /**
     * The guarded path of a file inside a table folder, or {@code null} when nothing exists there: no part of
     * {@code member} below {@code folder} may be a symbolic link, its real path must lie inside the folder's real
     * path, and it must be a regular file.
     *
     * @param shown the file as named in messages
     * @throws TableFormatException when the file is a symbolic link, leaves the folder or is not a regular file
     */
    public static @Nullable Path inside(Path folder, String member, String shown) throws IOException {
        Path top = folder.toAbsolutePath().normalize(); // absolute: "." normalises to the empty path
        Path p = top.resolve(member).normalize();
        if (!p.startsWith(top) || p.equals(top)) {
            throw new TableFormatException(shown + " is not a file inside the table folder " + folder);
        }
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path cur = top;
        for (Path part : top.relativize(p)) {
            cur = cur.resolve(part);
            if (Files.isSymbolicLink(cur)) {
                throw new TableFormatException(shown + " is a symbolic link; the files of a table folder must be "
                        + "regular files inside it (copy the file there)");
            }
        }
        if (!p.toRealPath().startsWith(top.toRealPath())) {
            throw new TableFormatException(shown + " leads outside the table folder " + folder);
        }
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!a.isRegularFile()) {
            throw new TableFormatException(shown + " is " + (a.isDirectory() ? "a folder" : "a named pipe, device or socket")
                    + ", not a file; give the table's file there");
        }
        return p;
    }

    /**
     * Opens a file inside a table folder through {@link #inside} (and without following a link at the last step,
     * should one appear in between), or returns {@code null} when nothing exists there.
     */
    public static @Nullable Input openInside(Path folder, String member, String shown) throws IOException {
        Path p = inside(folder, member, shown);
        if (p == null) {
            return null;
        }
        InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS);
        return new Input(in, Files.size(p));
    }

    /** Checks that {@code p} is a regular file before a reader opens it. */
    public static void requireRegular(Path p, String shown) {
        try {
            if (!Files.exists(p)) {
                throw new TableFormatException(shown + " does not exist");
            }
            String what = notRegular(p);
            if (what != null) {
                throw new TableFormatException(shown + " is " + what + ", not a file");
            }
        } catch (IOException e) {
            throw new TableFormatException(shown + ": cannot read: " + e.getMessage(), e);
        }
    }
}
