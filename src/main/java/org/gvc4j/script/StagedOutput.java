package org.gvc4j.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.gvc4j.source.OutputFiles;

/**
 * Publication of a recipe's staging folder into {@code --out}, all or nothing: the whole staging tree is checked
 * first (only regular files and folders, within the output budget, no file where {@code --out} has a folder or the
 * other way round), then rebuilt by this process as fresh files with the modes the umask gives (no set-id or sticky
 * bits, no links, devices, sockets or pipes, whatever the staging folder held), and only then moved into place;
 * a failure while moving puts back what was there. On any failure {@code --out} is as it was.
 */
final class StagedOutput {
    /** Most entries (files and folders) one run may publish. */
    static final int MAX_ENTRIES = 20_000;

    private StagedOutput() {
    }

    /** What a staging folder holds, as counted by {@link #measure}. */
    record Size(long bytes, int entries) {
    }

    /** A refusal to publish: the message says why, in words for the user. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * Counts the bytes and entries of a staging folder without following links; stops early once past the budget.
     * Never fails (entries that vanish while counting are skipped).
     */
    static Size measure(Path staging, long maxBytes) {
        long[] n = new long[2];
        try {
            Files.walkFileTree(staging, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    n[0] += a.size();
                    n[1]++;
                    return n[0] > maxBytes || n[1] > MAX_ENTRIES ? java.nio.file.FileVisitResult.TERMINATE
                            : java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                    n[1]++;
                    return n[1] > MAX_ENTRIES ? java.nio.file.FileVisitResult.TERMINATE
                            : java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // counted what could be counted
        }
        return new Size(n[0], (int) Math.min(Integer.MAX_VALUE, n[1] - 1));
    }

    /**
     * Gives the owner (this process's user: the sandbox ran as it) full rights on every folder of a staging tree, so
     * that a folder the sandbox made unreadable (mode 000) can still be checked and deleted. Links are not followed.
     * Best effort; only called once the sandbox has ended.
     */
    static void unlock(Path staging) {
        List<Path> todo = new ArrayList<>(List.of(staging));
        java.util.Set<java.nio.file.attribute.PosixFilePermission> owner = java.util.EnumSet.of(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
        int seen = 0;
        while (!todo.isEmpty() && seen++ <= MAX_ENTRIES * 2) {
            Path dir = todo.remove(todo.size() - 1);
            try {
                java.nio.file.attribute.PosixFileAttributes a = Files.readAttributes(dir,
                        java.nio.file.attribute.PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!a.isDirectory()) {
                    continue;
                }
                if (!a.permissions().containsAll(owner)) {
                    java.util.Set<java.nio.file.attribute.PosixFilePermission> p = java.util.EnumSet.copyOf(owner);
                    p.addAll(a.permissions());
                    Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class,
                            LinkOption.NOFOLLOW_LINKS).setPermissions(p);
                }
                try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                    for (Path c : s) {
                        if (Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS)) {
                            todo.add(c);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // what cannot be unlocked stays as it is; the check refuses it
            }
        }
    }

    /**
     * Publishes {@code staging} into {@code target} and removes the staging folder (whatever happens). Returns whether
     * anything was published (an empty staging folder publishes nothing, and {@code target} is not created).
     *
     * @throws Refused naming the entry and the reason when the staging folder cannot be published; nothing changed
     */
    static boolean publish(Path staging, Path target, long maxBytes, int maxEntries) throws Refused {
        Path rebuilt = null;
        try {
            unlock(staging);
            TreeMap<String, Boolean> entries;
            try {
                entries = OutputFiles.entries(staging, maxBytes, maxEntries);
                if (entries.isEmpty()) {
                    return false;
                }
                OutputFiles.checkTarget(entries, target);
            } catch (OutputFiles.OverBudget e) {
                throw new Refused(overBudget(maxBytes, e.entries(), target));
            } catch (OutputFiles.Conflict e) {
                throw new Refused(e.getMessage());
            }
            Path parent = target.toAbsolutePath().getParent();
            rebuilt = Files.createDirectory(partName(parent, target.getFileName().toString()));
            for (var e : entries.entrySet()) {
                Path from = staging.resolve(e.getKey());
                Path to = rebuilt.resolve(e.getKey());
                if (e.getValue()) {
                    Files.createDirectory(to);
                } else {
                    copy(from, to);
                }
            }
            OutputFiles.discard(staging);
            OutputFiles.moveInto(rebuilt, target, entries);
            rebuilt = null;
            return true;
        } catch (IOException e) {
            throw new Refused("cannot move the results into " + target + ": " + describe(e)
                    + "; nothing was written there");
        } finally {
            OutputFiles.discard(staging);
            if (rebuilt != null) {
                OutputFiles.discard(rebuilt);
            }
        }
    }

    /** The refusal for a staging folder past the budget ({@code target}: where nothing was written). */
    static String overBudget(long maxBytes, int entries, Path target) {
        return "the recipe wrote " + (entries > MAX_ENTRIES ? "more than " + MAX_ENTRIES + " files and folders"
                : "more than the output limit of " + SandboxLauncher.formatSize(maxBytes) + " (--max-output)")
                + "; nothing was written to " + target + (entries > MAX_ENTRIES ? ""
                : ". Raise the limit with --max-output SIZE");
    }

    /** A fresh file with the umask's default mode, whatever the source's mode was. */
    private static void copy(Path from, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(from, LinkOption.NOFOLLOW_LINKS);
             OutputStream out = Files.newOutputStream(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            in.transferTo(out);
        }
    }

    /** A hidden sibling named like {@link OutputFiles}' partial files, so that a crash leaves nothing for good. */
    private static Path partName(Path dir, String name) {
        String base = name.length() > 100 ? name.substring(0, 100) : name;
        return dir.resolve("." + base + OutputFiles.PART_MARK + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE));
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (" + e.getMessage() + ")";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
