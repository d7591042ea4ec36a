package org.gvc4j.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gvc4j.Gvc;
import org.gvc4j.error.GvcException;
import org.gvc4j.error.TableFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of a table folder are opened through one guarded opener ({@link InputFiles#inside}): no symbolic link,
 * no real path outside the folder, regular files only; and what a refusal quotes of a file is short and printable.
 */
class GuardedOpenerTest {
    @TempDir
    Path tmp;

    private Path secret() throws IOException {
        return Files.writeString(tmp.resolve("credentials.csv"), "user,password\nalice,hunter2\n");
    }

    @Test
    void aSymbolicLinkInTheFolderIsRefusedBeforeReading() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.createSymbolicLink(data.resolve("Z.csv"), secret());
        GvcException e = assertThrows(GvcException.class, () -> Gvc.load(data));
        assertTrue(e.getMessage().contains("Z.csv is a symbolic link"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void aLinkInsideTheFolderToAFileInsideIsRefusedToo() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path real = Files.writeString(data.resolve("real.csv"), "row,A.a\nA.a,1\n");
        Files.createSymbolicLink(data.resolve("Z.csv"), real);
        TableFormatException e = assertThrows(TableFormatException.class,
                () -> InputFiles.inside(data, "Z.csv", "data/Z.csv"));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
    }

    @Test
    void aLinkedSubfolderAndDotDotAreRefused() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("Z.csv"), "x\n");
        Files.createSymbolicLink(data.resolve("sub"), elsewhere);
        assertThrows(TableFormatException.class, () -> InputFiles.inside(data, "sub/Z.csv", "data/sub/Z.csv"));
        secret();
        assertThrows(TableFormatException.class, () -> InputFiles.inside(data, "../credentials.csv", "x"));
    }

    @Test
    void aFolderInPlaceOfAFileIsRefusedAndAMissingFileIsNull() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.createDirectories(data.resolve("Z.csv"));
        TableFormatException e = assertThrows(TableFormatException.class, () -> InputFiles.inside(data, "Z.csv", "Z"));
        assertTrue(e.getMessage().contains("a folder"), e.getMessage());
        assertNull(InputFiles.inside(data, "Y.csv", "Y"));
        assertNull(InputFiles.openInside(data, "Y.csv", "Y"));
    }

    @Test
    void aRegularFileIsOpened() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("Z.csv"), "abc");
        InputFiles.Input in = InputFiles.openInside(data, "Z.csv", "Z");
        try (java.io.InputStream s = in.in()) {
            assertEquals(3, in.size());
            assertEquals("abc", new String(s.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void aRelativeFolderWorks() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("Z.csv"), "abc");
        Path relative = Path.of("").toAbsolutePath().relativize(data);
        assertEquals(data.resolve("Z.csv"), InputFiles.inside(relative, "Z.csv", "Z"));
        Path dot = Path.of("").toAbsolutePath().relativize(data).resolve(".");
        assertEquals(data.resolve("Z.csv"), InputFiles.inside(dot, "Z.csv", "Z"));
    }

    @Test
    void excerptsAreShortAndPrintable() {
        String cell = "\u001b[2J" + "x".repeat(100) + "\u202e";
        String shown = NumberSyntax.printable(cell);
        assertTrue(shown.length() <= 41, shown);
        assertFalse(shown.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x202e), shown);
        assertEquals("\\x1b[2J", shown.substring(0, 7));
        assertEquals("a\\x9bb\\u202ec", NumberSyntax.printable("a\u009bb\u202ec"));
    }

    @Test
    void aLongCellIsQuotedOnlyInPart() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        String longCell = "s3cr3t".repeat(20);
        Files.writeString(data.resolve("Z.csv"), "row,A.a\nA.a," + longCell + "\n");
        GvcException e = assertThrows(GvcException.class, () -> Gvc.load(data));
        assertFalse(e.getMessage().contains(longCell.substring(0, 60)), e.getMessage());
    }
}
