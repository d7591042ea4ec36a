package org.gvc4j.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gvc4j.error.GvcException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Describing a panel: the year rule, globs, manifests, and errors that name the file, line and column. */
class PanelTest {
    @TempDir
    Path tmp;

    static List<String> labels(Panel p) {
        return p.getSources().stream().map(s -> s + " " + s.path().getFileName()).toList();
    }

    @Test
    void theYearIsTheOneYearLikeNumberInTheName() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("adb"));
        for (String name : List.of("ADB-MRIO-2019.xlsx", "ADB-MRIO-2007.xlsx", "wiod_2014", "2003", "notes.md",
                ".hidden")) {
            Files.createFile(dir.resolve(name));
        }
        assertEquals(List.of("adb 2003 2003", "adb 2007 ADB-MRIO-2007.xlsx", "adb 2014 wiod_2014",
                "adb 2019 ADB-MRIO-2019.xlsx"), labels(Panel.fromFolder(dir)));
        assertEquals(2019, Panel.yearOf("ICIO-2019-2019.csv", dir));
        assertEquals(2019, Panel.yearOf("t2019.csv.gz", dir));
    }

    @Test
    void aNameWithNoYearOrTwoYearsIsRefusedNamingTheFile() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("icio"));
        Files.createFile(dir.resolve("ICIO2023_2019.csv"));
        GvcException e = assertThrows(GvcException.class, () -> Panel.fromFolder(dir, "icio"));
        assertEquals(dir.resolve("ICIO2023_2019.csv") + ": the name holds several years [2023, 2019], so the year is "
                + "ambiguous; rename it or list the tables in a manifest (database,year,path)", e.getMessage());
        Files.delete(dir.resolve("ICIO2023_2019.csv"));
        Files.createFile(dir.resolve("table-12345.csv"));
        e = assertThrows(GvcException.class, () -> Panel.fromFolder(dir, "icio"));
        assertEquals(dir.resolve("table-12345.csv") + ": no year in the name (the year is a four-digit number "
                + "1950-2099 in the file or folder name); rename it or list the tables in a manifest "
                + "(database,year,path)", e.getMessage());
        Files.delete(dir.resolve("table-12345.csv"));
        Files.createFile(dir.resolve("a2001.csv"));
        Files.createFile(dir.resolve("b2001.csv"));
        e = assertThrows(GvcException.class, () -> Panel.fromFolder(dir, "icio"));
        assertEquals(dir.resolve("b2001.csv") + ": icio 2001 appears twice (also " + dir.resolve("a2001.csv")
                + "); each database and year may be given once", e.getMessage());
        e = assertThrows(GvcException.class, () -> Panel.fromFolder(dir, "bad label"));
        assertEquals(dir.resolve("a2001.csv") + ": database \"bad label\" is not a label: use letters, digits, _ . - "
                + "(at most 64, starting with a letter or digit)", e.getMessage());
    }

    @Test
    void aGlobTakesTheYearFromThePathBelowItsFixedPart() throws Exception {
        for (String y : List.of("2001", "2000", "1999")) {
            Files.createDirectories(tmp.resolve("wiod").resolve(y).resolve("table"));
        }
        Files.createDirectories(tmp.resolve("wiod").resolve("other"));
        Panel p = Panel.fromGlob(tmp + "/wiod/*/table", "wiod");
        assertEquals(List.of("wiod 1999 table", "wiod 2000 table", "wiod 2001 table"), labels(p));
        GvcException e = assertThrows(GvcException.class, () -> Panel.fromGlob(tmp + "/wiod/x*", "wiod"));
        assertEquals(tmp + "/wiod/x*: matches no file or folder", e.getMessage());
    }

    @Test
    void aManifestKeepsItsRowOrderAndErrorsNameLineAndColumn() throws Exception {
        Files.createDirectories(tmp.resolve("t1"));
        Files.createFile(tmp.resolve("icio.zip"));
        Path m = Files.writeString(tmp.resolve("panel.csv"), "\uFEFFdatabase,year,path\nwiod,2014,t1\n\n"
                + "icio,2016,icio.zip\nicio,2015,\"icio.zip\"\n");
        assertEquals(List.of("wiod 2014 t1", "icio 2016 icio.zip", "icio 2015 icio.zip"), labels(Panel.fromManifest(m)));
        assertEquals(m + " line 2", Panel.fromManifest(m).getSources().get(0).origin());
        manifestError("database,year\n", " line 1: the header must name database, year and path; got database,year");
        manifestError("database,year,path,x\n", " line 1 column 4: unknown column \"x\"; the header is database,year,path");
        manifestError("database,year,path\nwiod,2014\n", " line 2: 2 cells, the header has 3");
        manifestError("database,year,path\nwiod,14,t1\n", " line 2 column year: \"14\" is not a year between 1900 and 2100");
        manifestError("database,year,path\nw d,2014,t1\n", " line 2 column database: \"w d\" is not a label (letters, "
                + "digits, _ . -, starting with a letter or digit)");
        manifestError("database,year,path\nwiod,2014,missing\n", " line 2 column path: " + tmp.resolve("missing")
                + " does not exist");
        manifestError("database,year,path\nwiod,2014,t1\nwiod,2014,icio.zip\n", " line 3: wiod 2014 appears twice "
                + "(also " + tmp.resolve("m.csv") + " line 2); each database and year may be given once");
        manifestError("database,year,path\n", ": no tables below the header");
    }

    void manifestError(String text, String message) throws Exception {
        Path m = Files.writeString(tmp.resolve("m.csv"), text);
        GvcException e = assertThrows(GvcException.class, () -> Panel.fromManifest(m));
        assertEquals(m + message, e.getMessage());
    }
}
