package org.gvc4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.gvc4j.error.GvcException;
import org.gvc4j.error.InvalidTableException;
import org.gvc4j.error.TableFormatException;
import org.gvc4j.error.UnknownLabelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs get errors that name the file, line, row, column or label; never a deep stack trace. */
class ReaderErrorsTest {
    @TempDir
    Path dir;

    /** Copies the demo table into {@code dir}, applying {@code edit} to the lines of one file. */
    private Path demoWith(String file, UnaryOperator<List<String>> edit) throws IOException {
        for (String f : new String[] {"Z.csv", "Y.csv", "VA_X.csv"}) {
            try (InputStream in = getClass().getResourceAsStream("/org/gvc4j/demo/" + f)) {
                Files.copy(in, dir.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path p = dir.resolve(file);
        Files.write(p, edit.apply(new java.util.ArrayList<>(Files.readAllLines(p))));
        return dir;
    }

    private static List<String> setLine(List<String> lines, int index, String text) {
        lines.set(index, text);
        return lines;
    }

    @Test
    void raggedRowNamesFileLineAndRow() throws IOException {
        Path d = demoWith("Z.csv", l -> setLine(l, 3, l.get(3).substring(0, l.get(3).lastIndexOf(','))));
        TableFormatException e = assertThrows(TableFormatException.class, () -> Gvc.load(d));
        assertTrue(e.getMessage().contains("Z.csv line 4: 20 fields, but the header has 21 (row \"DEU.Energy\")"),
                e.getMessage());
    }

    /** The message of a load error with the temporary folder shown as {@code T}. */
    private String loadError(Path d) {
        TableFormatException e = assertThrows(TableFormatException.class, () -> Gvc.load(d));
        return e.getMessage().replace(d.toString(), "T");
    }

    private static final String ACCEPTED = org.gvc4j.source.NumberSyntax.ACCEPTED;

    @Test
    void nonNumericCellNamesRowAndColumn() throws IOException {
        Path d = demoWith("Y.csv", l -> setLine(l, 2, l.get(2).replaceFirst(",[0-9.]+,", ",n/a,")));
        assertEquals("T/Y.csv line 3, row \"DEU.Manufacturing\", column \"DEU\": \"n/a\" is not a number; expected "
                + ACCEPTED, loadError(d));
    }

    @Test
    void javaOnlyNumberSyntaxIsRefusedWithItsCell() throws IOException {
        for (String bad : new String[] {"12d", "12f", "0x1p3", "NaN", "Infinity", "-Infinity", "1,5", "5%"}) {
            Path d = demoWith("Z.csv", l -> setLine(l, 2, l.get(2).replaceFirst(",[0-9.]+,", ",\"" + bad + "\",")));
            assertEquals("T/Z.csv line 3, row \"DEU.Manufacturing\", column \"DEU.Agriculture\": \"" + bad
                    + "\" is not a number; expected " + ACCEPTED, loadError(d), bad);
        }
    }

    @Test
    void overflowingNumberIsRefused() throws IOException {
        Path d = demoWith("VA_X.csv", l -> setLine(l, 1, "DEU.Agriculture,1e400,30.0"));
        assertEquals("T/VA_X.csv line 2, row \"DEU.Agriculture\", column \"VA\": \"1e400\" is too large for a double "
                + "(above 1.8e308)", loadError(d));
    }

    @Test
    void controlByteInsideANumberIsRefusedNotStripped() throws IOException {
        Path d = demoWith("Z.csv", l -> setLine(l, 1, l.get(1).replaceFirst(",([0-9])([0-9.]*),", ",$1\u0000$2,")));
        String m = loadError(d);
        assertTrue(m.startsWith("T/Z.csv line 2, row \"DEU.Agriculture\", column \"DEU.Agriculture\": \""), m);
        assertTrue(m.contains("\\x00") && m.endsWith("contains a control character (0x00); expected " + ACCEPTED), m);
    }

    @Test
    void controlCharacterInALabelIsRefused() throws IOException {
        Path d = demoWith("Z.csv", l -> setLine(l, 2, l.get(2).replaceFirst("DEU.Manufacturing", "DEU.Manu\u0007facturing")));
        assertEquals("T/Z.csv line 3: row label \"DEU.Manu\\x07facturing\" contains a control character (0x07)",
                loadError(d));
    }

    @Test
    void headerTooWideForOneArrayIsRefusedBeforeAllocating() throws IOException {
        Path d = demoWith("Z.csv", l -> l);
        StringBuilder b = new StringBuilder("row");
        for (int i = 0; i < 46_341; i++) {
            b.append(",C.s").append(i);
        }
        Files.writeString(d.resolve("Z.csv"), b + "\nC.s0,1\n");
        assertEquals("T/Z.csv: 46,341 rows x 46,341 columns = 2,147,488,281 cells, more than one Java array holds "
                + "(2,147,483,639); a table this large cannot be loaded", loadError(d));
    }

    @Test
    void headerWiderThanTheFileIsRefusedBeforeAllocating() throws IOException {
        Path d = demoWith("Z.csv", l -> l);
        StringBuilder b = new StringBuilder("row");
        for (int i = 0; i < 16_000; i++) {
            b.append(",C.s").append(i);
        }
        b.append("\nC.s0");
        for (int i = 0; i < 16_000; i++) {
            b.append(",1");
        }
        Files.writeString(d.resolve("Z.csv"), b + "\n");
        long size = Files.size(d.resolve("Z.csv"));
        long heapBefore = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertEquals(String.format(java.util.Locale.ROOT, "T/Z.csv: the header has 16,000 columns, so the file needs "
                + "16,000 rows of 16,000 numbers (at least 512,016,000 bytes), but it has only %,d bytes: truncated, or "
                + "not this table's file", size), loadError(d));
        long heapAfter = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertTrue(heapAfter - heapBefore < 500L << 20, "no 2 GB array was made: " + ((heapAfter - heapBefore) >> 20) + " MB");
    }

    @Test
    void namedPipeIsRefusedWithoutOpeningIt() throws Exception {
        Path d = demoWith("Z.csv", l -> l);
        Files.delete(d.resolve("Z.csv"));
        Process mk = new ProcessBuilder("mkfifo", d.resolve("Z.csv").toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo unavailable: skipping");
        String m = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> loadError(d));
        assertEquals("T/Z.csv is a named pipe, device or socket, not a file; give the table's file there", m);
    }

    @Test
    void folderWhereAFileShouldBeIsNamed() throws IOException {
        Path d = demoWith("VA_X.csv", l -> l);
        Files.delete(d.resolve("VA_X.csv"));
        Files.createDirectory(d.resolve("VA_X.csv"));
        assertEquals("T/VA_X.csv is a folder, not a file; give the table's file there", loadError(d));
    }

    @Test
    void deviceIsRefused() throws IOException {
        Path d = demoWith("Y.csv", l -> l);
        Files.delete(d.resolve("Y.csv"));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero: skipping");
        Files.createSymbolicLink(d.resolve("Y.csv"), Path.of("/dev/zero"));
        // a link in a table folder is refused as such (InputFiles.inside), whatever it points at
        assertEquals("T/Y.csv is a symbolic link; the files of a table folder must be regular files inside it (copy the "
                + "file there)", loadError(d));
    }

    @Test
    void bytesThatAreNotUtf8AreNamedWithTheLine() throws IOException {
        Path d = demoWith("VA_X.csv", l -> l);
        byte[] b = Files.readAllBytes(d.resolve("VA_X.csv"));
        int secondLine = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf('\n') + 1;
        b[secondLine + 1] = (byte) 0xC3;
        b[secondLine + 2] = (byte) 0x28;
        Files.write(d.resolve("VA_X.csv"), b);
        assertEquals("T/VA_X.csv line 2: bytes that are not UTF-8 text; save the file as UTF-8 (or it is not a text file)",
                loadError(d));
    }

    @Test
    void emptyAndTruncatedFilesAreNamed() throws IOException {
        Path d = demoWith("Y.csv", l -> l);
        Files.writeString(d.resolve("Y.csv"), "");
        assertEquals("T/Y.csv is empty", loadError(d));
        Files.writeString(d.resolve("Y.csv"), "row;DEU;USA\n");
        assertEquals("T/Y.csv line 1: the header needs a label column and at least one data column (is the file "
                + "comma-separated?)", loadError(d));
    }

    @Test
    void extraRowIsNamed() throws IOException {
        Path d = demoWith("Y.csv", l -> {
            l.add(l.get(1).replace("DEU.Agriculture", "XXX.Extra"));
            return l;
        });
        assertEquals("T/Y.csv line 22: row \"XXX.Extra\" is one more than the 20 rows of the table", loadError(d));
    }

    @Test
    void duplicateLabelIsNamed() throws IOException {
        Path d = demoWith("Z.csv", l -> {
            l.set(0, l.get(0).replace("DEU.Energy", "DEU.Agriculture"));
            l.set(3, l.get(3).replace("DEU.Energy", "DEU.Agriculture"));
            return l;
        });
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> Gvc.load(d));
        assertTrue(e.getMessage().contains("duplicate industry label \"DEU.Agriculture\""), e.getMessage());
    }

    @Test
    void negativeOutputIsNamed() throws IOException {
        Path d = demoWith("VA_X.csv", l -> setLine(l, 6, "USA.Manufacturing,100.0,-5.0"));
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> Gvc.load(d));
        assertEquals("demo-check: output X of USA.Manufacturing is negative (-5.0); gross output must be >= 0",
                e.getMessage().replace(d.getFileName().toString(), "demo-check"));
    }

    @Test
    void rowLabelsOutOfOrderAreNamed() throws IOException {
        Path d = demoWith("VA_X.csv", l -> {
            String t = l.get(1);
            l.set(1, l.get(2));
            l.set(2, t);
            return l;
        });
        TableFormatException e = assertThrows(TableFormatException.class, () -> Gvc.load(d));
        assertTrue(e.getMessage().contains("VA_X.csv line 2: row \"DEU.Manufacturing\" where Z.csv has \"DEU.Agriculture\""),
                e.getMessage());
    }

    @Test
    void missingFolderAndFilesAreNamed() throws IOException {
        Path missing = dir.resolve("nope");
        assertTrue(assertThrows(TableFormatException.class, () -> Gvc.load(missing)).getMessage()
                .contains("does not exist"));
        Path d = demoWith("Y.csv", l -> l);
        Files.delete(d.resolve("Y.csv"));
        assertTrue(assertThrows(TableFormatException.class, () -> Gvc.load(d)).getMessage()
                .contains("neither Y.csv nor Yfull.csv found"));
    }

    @Test
    void unproductiveTableIsRejectedWithTheColumn() throws IOException {
        // make USA.Energy use more intermediate inputs than its output
        Path d = demoWith("VA_X.csv", l -> setLine(l, 7, "USA.Energy,10.0,10.0"));
        InvalidTableException e = assertThrows(InvalidTableException.class,
                () -> Gvc.load(d).decompose().bm2025().trade().exporters().getRowCount());
        assertTrue(e.getMessage().contains("not productive") || e.getMessage().contains("singular"), e.getMessage());
        assertTrue(e.getMessage().contains("USA.Energy"), e.getMessage());
    }

    @Test
    void unknownCountryListsTheValidOnesAndTheClosestMatch() {
        MrioTable io = Gvc.demo();
        UnknownLabelException e = assertThrows(UnknownLabelException.class,
                () -> io.decompose().bm2025().trade().exporter("CHM"));
        assertEquals("Unknown exporter \"CHM\" (did you mean CHN?). Valid countries: DEU, USA, CHN, MEX, ROW",
                e.getMessage());
        UnknownLabelException byNumber = assertThrows(UnknownLabelException.class,
                () -> io.decompose().bm2023().exporter(1).importer(9));
        assertEquals("Unknown importer number 9: countries are numbered 1 to 5 (DEU, USA, CHN, MEX, ROW)",
                byNumber.getMessage());
        GvcException same = assertThrows(GvcException.class, () -> io.decompose().bm2025().trade().exporter("CHN").importer("CHN"));
        assertTrue(same.getMessage().contains("both CHN"), same.getMessage());
    }
}
