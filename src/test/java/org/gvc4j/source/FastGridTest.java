package org.gvc4j.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gvc4j.error.TableFormatException;
import org.gvc4j.model.IoTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parallel, mapped way through large table-folder files reads exactly what the sequential reader reads, and gives
 * up (so that the sequential reader names the problem, with the same message) on anything but the plain case.
 */
class FastGridTest {
    @TempDir
    static Path tmp;
    static Path folder;

    @BeforeAll
    static void write() {
        folder = tmp.resolve("synthetic");
        CsvFolderWriter.write(SyntheticTable.generate(5, 20, 30, 3), folder); // Z.csv about 7 MB
    }

    /** The folder read by the sequential reader only. */
    private static IoTable sequential(Path dir) {
        return CsvFolderReader.read("synthetic", dir.toString(), f -> InputFiles.openIfExists(dir.resolve(f),
                dir + "/" + f));
    }

    @Test
    void readsExactlyWhatTheSequentialReaderReads() throws IOException {
        assertNotNull(FastGrid.read(folder.resolve("Z.csv"), "Z.csv", -1), "the fast way takes a clean large file");
        IoTable fast = CsvFolderReader.read(folder);
        IoTable slow = sequential(folder);
        assertEquals(slow.labels().countries(), fast.labels().countries());
        assertEquals(slow.labels().sectors(), fast.labels().sectors());
        assertArrayEquals(slow.z().data, fast.z().data);
        assertArrayEquals(slow.y().data, fast.y().data);
        assertArrayEquals(slow.output(), fast.output());
    }

    @Test
    void givesUpOnAnythingButThePlainCaseAndTheMessageStaysTheSame() throws IOException {
        Path z = folder.resolve("Z.csv");
        String text = Files.readString(z);
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        for (String f : new String[] {"Y.csv", "VA_X.csv"}) {
            Files.copy(folder.resolve(f), bad.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        int mid = text.indexOf('\n', text.length() / 2) + 1;
        int comma = text.indexOf(',', text.indexOf(',', mid) + 1);
        String[] damages = {text.substring(0, comma + 1) + "NaN" + text.substring(text.indexOf(',', comma + 1)),
            text.substring(0, comma + 1) + "1\u00072" + text.substring(text.indexOf(',', comma + 1)),
            text.substring(0, text.length() - 1)};
        for (String d : damages) {
            Files.writeString(bad.resolve("Z.csv"), d, StandardCharsets.UTF_8);
            assertNull(FastGrid.read(bad.resolve("Z.csv"), "Z.csv", -1));
            String slow = assertThrows(TableFormatException.class, () -> sequential(bad)).getMessage();
            assertEquals(slow, assertThrows(TableFormatException.class, () -> CsvFolderReader.read(bad)).getMessage());
        }
        // a blank line inside is accepted (as the sequential reader accepts it): the fast way gives up, the result stands
        Files.writeString(bad.resolve("Z.csv"), text.substring(0, mid) + "\n" + text.substring(mid));
        assertNull(FastGrid.read(bad.resolve("Z.csv"), "Z.csv", -1));
        assertArrayEquals(sequential(folder).z().data, CsvFolderReader.read(bad).z().data);
    }
}
