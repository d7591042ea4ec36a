package org.gvc4j.source;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every file gvc4j writes goes through here, so that nothing is ever half-written: a file is written to a hidden
 * sibling ({@code .<name>.gvc-part-<pid>-<random>}) and renamed over its target when complete; a set of files is
 * written into a hidden staging folder and moved into place when the whole set is complete. On failure the partial
 * file or folder is deleted; what a killed process leaves behind carries its process id in the name, and
 * {@link #cleanLeftovers} removes it the next time anything writes to that folder.
 *
 * <p>New files get the permissions the umask gives (not the owner-only permissions of temporary files), and a
 * symbolic link at the target is replaced, never followed.
 */
public final class OutputFiles {
    /** The marker in the names of partial files and staging folders. */
    public static final String PART_MARK = ".gvc-part-";
    private static final Pattern PART = Pattern.compile("^\\..*\\.gvc-part-(\\d+)-[0-9a-f]+$");

    private OutputFiles() {
    }

    /** Writes the body of one file. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Fills a staging folder with a set of files. */
    @FunctionalInterface
    public interface FolderBody<T> {
        T write(Path staging) throws IOException;
    }

    /**
     * Writes {@code target} atomically (its folder must exist). Returns the target.
     *
     * @throws UncheckedIOException naming the target when it cannot be written; nothing is left behind
     */
    public static Path write(Path target, Body body) {
        Path dir = parentOf(target);
        cleanLeftovers(dir);
        Path part = partName(dir, target.getFileName().toString());
        Recording file = null;
        try {
            file = new Recording(Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            try (OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
                body.write(out);
            }
            move(part, target);
            return target;
        } catch (IOException e) {
            deleteQuietly(part);
            IOException cause = file != null && file.failure != null ? file.failure : e;
            throw new UncheckedIOException("cannot write " + target + ": " + describe(cause), cause);
        } catch (RuntimeException e) {
            deleteQuietly(part);
            if (file != null && file.failure != null) {
                // a writer (e.g. a CSV library) that wraps the disk's failure in its own words: the disk's cause wins
                throw new UncheckedIOException("cannot write " + target + ": " + describe(file.failure), file.failure);
            }
            throw e;
        } catch (Error e) {
            deleteQuietly(part);
            throw e;
        }
    }

    /** The file's stream, remembering the first failure of the file system so that no writer can lose it. */
    private static final class Recording extends java.io.FilterOutputStream {
        @org.jspecify.annotations.Nullable IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        private IOException note(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw note(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw note(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw note(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw note(e);
            }
        }
    }

    /**
     * Creates the folders above {@code file} (nothing when they exist); a file standing where a folder must be, or a
     * folder that cannot be made, is an {@link UncheckedIOException} naming {@code file} and the cause.
     */
    public static void createParentFolders(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getFile() + " is a file, not a folder", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": cannot create the folder " + parent, e);
        }
    }

    /** Writes text as UTF-8, atomically. */
    public static Path writeString(Path target, String text) {
        return write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes a set of files all-or-nothing: {@code body} fills a fresh staging folder next to {@code target}; when it
     * returns, every file it wrote is moved into {@code target} (created if missing; a missing or empty target is
     * replaced by the staging folder in one rename; folders present in both are merged, files replaced). Before
     * anything moves, the set is checked against {@code target} as a sandboxed recipe's output is ({@link
     * #checkTarget}: a file where the target has a folder or the other way round, or a pipe, device or socket where a
     * file goes, refuses the whole set; links in the target are replaced, never followed). When the body fails or the
     * check refuses, the staging folder is deleted and {@code target} is as it was.
     */
    public static <T> T writeFolder(Path target, FolderBody<T> body) {
        Path parent = parentOf(target.toAbsolutePath());
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + parent + ": " + describe(e), e);
        }
        cleanLeftovers(parent);
        Path staging = partName(parent, target.getFileName().toString());
        try {
            Files.createDirectory(staging);
            T result = body.write(staging);
            publish(staging, target);
            return result;
        } catch (IOException e) {
            deleteTree(staging);
            throw new UncheckedIOException("cannot write " + target + ": " + describe(e), e);
        } catch (RuntimeException | Error e) {
            deleteTree(staging);
            throw e;
        }
    }

    /**
     * A fresh, empty staging folder next to {@code target} (which need not exist), for callers that fill it in another
     * process or over a longer span than {@link #writeFolder} allows; finish with {@link #publish} or {@link #discard}.
     */
    public static Path newStaging(Path target) {
        Path parent = parentOf(target.toAbsolutePath());
        try {
            Files.createDirectories(parent);
            cleanLeftovers(parent);
            return Files.createDirectory(partName(parent, target.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder next to " + target + ": " + describe(e), e);
        }
    }

    /**
     * Moves what {@code staging} holds into {@code target} (as {@link #writeFolder} does when its body returns) and
     * removes the staging folder; an empty staging folder is just removed, so {@code target} is not created for
     * nothing. Returns whether anything was published.
     */
    public static boolean publishStaged(Path staging, Path target) {
        try {
            boolean empty;
            try (Stream<Path> s = Files.list(staging)) {
                empty = s.findAny().isEmpty();
            }
            if (empty) {
                Files.delete(staging);
                return false;
            }
            publish(staging, target);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the results into " + target + ": " + describe(e), e);
        }
    }

    /** Deletes a staging folder and everything in it (best effort; what remains is cleaned by the next writer). */
    public static void discard(Path staging) {
        deleteTree(staging);
    }

    private static void publish(Path staging, Path target) throws IOException {
        TreeMap<String, Boolean> entries = entries(staging, Long.MAX_VALUE, Integer.MAX_VALUE);
        checkTarget(entries, target);
        moveInto(staging, target, entries);
    }

    /** A result set that cannot go where it is meant to: the message says why, in words; nothing was moved. */
    public static class Conflict extends IOException {
        private static final long serialVersionUID = 1L;

        public Conflict(String message) {
            super(message);
        }
    }

    /** A staging folder past its byte or entry budget ({@link #entries}); {@link #entries()} is the count so far. */
    public static final class OverBudget extends Conflict {
        private static final long serialVersionUID = 1L;
        private final int entries;

        OverBudget(int entries) {
            super("past the output budget");
            this.entries = entries;
        }

        public int entries() {
            return entries;
        }
    }

    /**
     * Every entry of a staging tree, relative path to whether it is a folder, parents before their contents, links
     * never followed. Only regular files and folders may be published: anything else is a {@link Conflict} naming
     * it, and more than {@code maxBytes} in files or {@code maxEntries} entries an {@link OverBudget}.
     */
    public static TreeMap<String, Boolean> entries(Path staging, long maxBytes, int maxEntries) throws IOException {
        TreeMap<String, Boolean> out = new TreeMap<>();
        long bytes = 0;
        List<Path> todo = new ArrayList<>(List.of(staging));
        while (!todo.isEmpty()) {
            Path dir = todo.remove(todo.size() - 1);
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                for (Path p : s) {
                    String rel = staging.relativize(p).toString();
                    java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(p,
                            java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isDirectory()) {
                        todo.add(p);
                        out.put(rel, true);
                    } else if (a.isRegularFile()) {
                        bytes += a.size();
                        out.put(rel, false);
                    } else {
                        throw new Conflict("the results hold " + rel + ", which is "
                                + (a.isSymbolicLink() ? "a symbolic link" : "not a regular file (a device, pipe or "
                                + "socket)") + "; only files and folders are published. Nothing was written");
                    }
                    if (bytes > maxBytes || out.size() > maxEntries) {
                        throw new OverBudget(out.size());
                    }
                }
            }
        }
        return out;
    }

    /**
     * Checks, before anything moves, that the entries of a result set (as {@link #entries} lists them) can go into
     * {@code target}: it is a real folder or missing, and no entry meets a file where it is a folder or the other way
     * round, or a pipe, device or socket where it is a file. A symbolic link in {@code target} is replaced, never
     * followed. A clash is a {@link Conflict} naming it.
     */
    public static void checkTarget(java.util.SortedMap<String, Boolean> entries, Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new Conflict(target + " exists and is not a folder; nothing was written");
        }
        List<String> whole = new ArrayList<>(); // folders that arrive whole: nothing under them is looked up
        for (var e : entries.entrySet()) {
            String rel = e.getKey();
            if (whole.stream().anyMatch(d -> rel.startsWith(d + "/"))) {
                continue;
            }
            Path dest = target.resolve(rel);
            if (!Files.exists(dest, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(dest)) {
                whole.add(rel);
                continue; // new, or a link that is replaced (never followed)
            }
            boolean destDir = Files.isDirectory(dest, LinkOption.NOFOLLOW_LINKS);
            if (e.getValue() && !destDir) {
                throw new Conflict("the results hold a folder " + e.getKey() + " where " + target
                        + " has a file of that name; nothing was written");
            }
            if (!e.getValue() && destDir) {
                throw new Conflict("the results hold a file " + e.getKey() + " where " + target
                        + " has a folder of that name; nothing was written");
            }
            if (!destDir && !Files.isRegularFile(dest, LinkOption.NOFOLLOW_LINKS)) {
                throw new Conflict(dest + " is not a regular file (a device, pipe or socket); nothing was written");
            }
        }
    }

    /**
     * Moves a checked result set ({@code from}, with {@code entries} as {@link #entries} listed them) into
     * {@code target}: in one rename when the target is missing or empty, else entry by entry (replaced files and
     * links are set aside first), undoing every step when one fails. {@code from} is removed in every case.
     */
    public static void moveInto(Path from, Path target, java.util.SortedMap<String, Boolean> entries)
            throws IOException {
        boolean empty = !Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (!empty) {
            try (Stream<Path> s = Files.list(target)) {
                empty = s.findAny().isEmpty();
            }
            if (empty) {
                Files.delete(target);
            }
        }
        if (empty) {
            Files.move(from, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path aside = Files.createDirectory(partName(parentOf(target), target.getFileName().toString()));
        List<Path[]> done = new ArrayList<>(); // {from, to} of each rename, in order
        try {
            List<String> skipUnder = new ArrayList<>();
            int n = 0;
            for (var e : entries.entrySet()) {
                String rel = e.getKey();
                if (skipUnder.stream().anyMatch(d -> rel.startsWith(d + "/"))) {
                    continue; // inside a folder moved as a whole
                }
                Path dest = target.resolve(rel);
                if (e.getValue() && Files.isDirectory(dest, LinkOption.NOFOLLOW_LINKS)) {
                    continue; // merged entry by entry
                }
                if (Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
                    rename(dest, aside.resolve(Integer.toString(n++)), done);
                }
                rename(from.resolve(rel), dest, done);
                if (e.getValue()) {
                    skipUnder.add(rel);
                }
            }
        } catch (IOException | RuntimeException e) {
            for (int i = done.size() - 1; i >= 0; i--) {
                try {
                    Files.move(done.get(i)[1], done.get(i)[0], StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException | RuntimeException undo) {
                    e.addSuppressed(undo);
                }
            }
            throw e;
        } finally {
            deleteTree(aside);
            deleteTree(from);
        }
    }

    private static void rename(Path from, Path to, List<Path[]> done) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        done.add(new Path[] {from, to});
    }

    /**
     * Deletes what writers that died left in {@code folder}: partial files and staging folders whose process is no
     * longer running. Returns how many were removed. Never fails: a leftover that cannot be removed stays.
     */
    public static int cleanLeftovers(Path folder) {
        int removed = 0;
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, ".*" + PART_MARK + "*")) {
            for (Path p : s) {
                Matcher m = PART.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                deleteTree(p);
                removed++;
            }
        } catch (IOException | UncheckedIOException e) {
            return removed;
        }
        return removed;
    }

    /** Whether a file name is one of this class's partial files or staging folders. */
    public static boolean isPart(String fileName) {
        return PART.matcher(fileName).matches();
    }

    private static Path partName(Path dir, String name) {
        String base = name.length() > 100 ? name.substring(0, 100) : name;
        return dir.resolve("." + base + PART_MARK + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE));
    }

    private static Path parentOf(Path target) {
        Path p = target.toAbsolutePath().getParent();
        if (p == null) {
            throw new UncheckedIOException(new IOException("cannot write to the root folder: " + target));
        }
        return p;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover with this process's id; the next writer removes it
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                deleteQuietly(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort
        }
    }

    /**
     * The cause of a failed write in words: the file system's own reason, with the common ones named plainly
     * ({@code no space left on device}, {@code file size limit reached}, {@code disk quota exceeded}).
     */
    private static String describe(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("No space left on device")) {
            return "no space left on device";
        }
        if (m.contains("File too large")) {
            return "file size limit reached";
        }
        if (m.contains("Disk quota exceeded")) {
            return "disk quota exceeded";
        }
        if (m.contains("Read-only file system")) {
            return "read-only file system";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof java.nio.file.FileSystemException && ((java.nio.file.FileSystemException) e).getReason() != null) {
            return ((java.nio.file.FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
