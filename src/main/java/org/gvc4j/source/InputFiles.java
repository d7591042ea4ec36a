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
 * endless, and a folder where a file should be gives a confusing error later. Symbolic links are followed to
 * what they point at, which must itself be a regular file.
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
