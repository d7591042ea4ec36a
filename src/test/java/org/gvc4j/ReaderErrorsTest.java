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
                Files.copy(in, dir.resolve(f));
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

    @Test
    void nonNumericCellNamesRowAndColumn() throws IOException {
        Path d = demoWith("Y.csv", l -> setLine(l, 2, l.get(2).replaceFirst(",[0-9.]+,", ",n/a,")));
        TableFormatException e = assertThrows(TableFormatException.class, () -> Gvc.load(d));
        assertTrue(e.getMessage().matches(".*Y.csv line 3, row \"DEU.Manufacturing\", column \"DEU\": \"n/a\" is not a number"),
                e.getMessage());
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
    void nanValueIsNamed() throws IOException {
        Path d = demoWith("Z.csv", l -> setLine(l, 1, l.get(1).replaceFirst(",[0-9.]+,", ",NaN,")));
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> Gvc.load(d));
        assertTrue(e.getMessage().endsWith("Z[DEU.Agriculture, DEU.Agriculture] is NaN; every value must be a finite number"),
                e.getMessage());
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
                () -> Gvc.load(d).decompose().bm2025().trade().measures());
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
                () -> io.decompose().bm2023().bilateral(1, 9));
        assertEquals("Unknown importer number 9: countries are numbered 1 to 5 (DEU, USA, CHN, MEX, ROW)",
                byNumber.getMessage());
        GvcException same = assertThrows(GvcException.class, () -> io.decompose().bm2025().trade().pair("CHN", "CHN"));
        assertTrue(same.getMessage().contains("both CHN"), same.getMessage());
    }
}
