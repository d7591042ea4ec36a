package org.gvc4j.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All-or-nothing writes: a failing body leaves nothing; leftovers of dead writers are removed. */
class OutputFilesTest {
    @TempDir
    Path tmp;

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFileAppearsWholeOrNotAtAll() throws IOException {
        Path f = tmp.resolve("a.csv");
        OutputFiles.writeString(f, "x\n1\n");
        assertEquals("x\n1\n", Files.readString(f));
        assertThrows(IllegalStateException.class, () -> OutputFiles.write(f, out -> {
            out.write("half".getBytes());
            throw new IllegalStateException("boom");
        }));
        assertEquals("x\n1\n", Files.readString(f), "the old content stays");
        assertEquals(List.of("a.csv"), names(tmp), "no partial file left");
    }

    @Test
    void newFilesFollowTheUmaskNotOwnerOnly() throws IOException {
        Path f = OutputFiles.writeString(tmp.resolve("p.csv"), "x\n");
        String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(f));
        assertTrue(perms.startsWith("rw-r"), "group can read under a usual umask: " + perms);
    }

    @Test
    void aSymbolicLinkAtTheTargetIsReplacedNotFollowed() throws IOException {
        Path outside = Files.writeString(tmp.resolve("outside.txt"), "keep");
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(dir.resolve("r.csv"), outside);
        OutputFiles.writeString(dir.resolve("r.csv"), "new");
        assertEquals("keep", Files.readString(outside));
        assertFalse(Files.isSymbolicLink(dir.resolve("r.csv")));
        assertEquals("new", Files.readString(dir.resolve("r.csv")));
    }

    @Test
    void aFolderSetIsPublishedOnlyWhenComplete() throws IOException {
        Path out = tmp.resolve("set");
        assertThrows(IllegalStateException.class, () -> OutputFiles.writeFolder(out, st -> {
            Files.writeString(st.resolve("one.csv"), "1");
            throw new IllegalStateException("failed half way");
        }));
        assertFalse(Files.exists(out), "nothing published");
        assertEquals(List.of(), names(tmp), "staging removed");
        OutputFiles.writeFolder(out, st -> Files.writeString(st.resolve("one.csv"), "1"));
        assertEquals(List.of("one.csv"), names(out));
        OutputFiles.writeFolder(out, st -> {
            Files.writeString(st.resolve("two.csv"), "2");
            return Files.writeString(st.resolve("one.csv"), "1b");
        });
        assertEquals(List.of("one.csv", "two.csv"), names(out), "merged into an existing folder");
        assertEquals("1b", Files.readString(out.resolve("one.csv")));
    }

    @Test
    void leftoversOfDeadWritersAreRemovedOthersKept() throws IOException {
        Path dead = Files.writeString(tmp.resolve(".r.csv" + OutputFiles.PART_MARK + "999999999-ab"), "x");
        Path mine = Files.writeString(tmp.resolve(".r.csv" + OutputFiles.PART_MARK + ProcessHandle.current().pid()
                + "-cd"), "x");
        Path user = Files.writeString(tmp.resolve("r.csv.gvc-part-1-ab"), "not hidden: not ours");
        assertEquals(1, OutputFiles.cleanLeftovers(tmp));
        assertFalse(Files.exists(dead, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(mine));
        assertTrue(Files.exists(user));
    }

    /**
     * A folder set merged into an existing folder is checked first as a sandboxed recipe's output is (issue 13 item
     * 3): a pipe where a file goes or a file where a folder goes refuses the whole set with nothing moved; a symbolic
     * link planted in the target is replaced, never written through.
     */
    @Test
    void aFolderSetMergedIntoPlantedLinksPipesAndClashesIsCheckedFirst() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("set"));
        Files.writeString(out.resolve("keep.csv"), "old");
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createSymbolicLink(out.resolve("sub"), outside);
        Files.createSymbolicLink(out.resolve("a.csv"), outside.resolve("a.csv"));
        OutputFiles.writeFolder(out, st -> {
            Files.createDirectories(st.resolve("sub"));
            Files.writeString(st.resolve("sub/x.csv"), "x");
            return Files.writeString(st.resolve("a.csv"), "a");
        });
        assertEquals(List.of(), names(outside), "nothing written through the links");
        assertFalse(Files.isSymbolicLink(out.resolve("sub")));
        assertEquals("x", Files.readString(out.resolve("sub/x.csv")));
        assertEquals("a", Files.readString(out.resolve("a.csv")));

        Process mk = new ProcessBuilder("mkfifo", out.resolve("pipe.csv").toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is unavailable");
        List<String> before = names(out);
        java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
                () -> OutputFiles.writeFolder(out, st -> {
                    Files.writeString(st.resolve("a.csv"), "a2");
                    return Files.writeString(st.resolve("pipe.csv"), "p");
                }));
        assertEquals("cannot write " + out + ": " + out.resolve("pipe.csv") + " is not a regular file (a device, pipe"
                + " or socket); nothing was written", e.getMessage());
        assertEquals("a", Files.readString(out.resolve("a.csv")), "the earlier entry was not moved either");
        assertEquals(before, names(out));

        e = assertThrows(java.io.UncheckedIOException.class, () -> OutputFiles.writeFolder(out, st -> {
            Files.writeString(st.resolve("a.csv"), "a3");
            Files.createDirectories(st.resolve("keep.csv"));
            return Files.writeString(st.resolve("sub"), "a file where a folder is");
        }));
        assertTrue(e.getMessage().startsWith("cannot write " + out + ": the results hold a "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; nothing was written"), e.getMessage());
        assertEquals("a", Files.readString(out.resolve("a.csv")));
        assertEquals("old", Files.readString(out.resolve("keep.csv")));
        assertEquals(before, names(out));
        assertEquals(List.of("outside", "set"), names(tmp), "no staging folder left");

        Path file = Files.writeString(tmp.resolve("plain"), "f");
        e = assertThrows(java.io.UncheckedIOException.class, () -> OutputFiles.writeFolder(file,
                st -> Files.writeString(st.resolve("a.csv"), "a")));
        assertEquals("cannot write " + file + ": " + file + " exists and is not a folder; nothing was written",
                e.getMessage());
        assertEquals("f", Files.readString(file));
    }
}
