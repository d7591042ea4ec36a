package org.gvc4j.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sandboxed recipe saves every result kind by extension, as the library's own save methods do (issue 21 item 6):
 * measure tables and regression tables as .csv .xlsx .md .tex .html (regression tables also .txt), confined under
 * the output folder, all or nothing; another extension is refused with the recipe's line and the formats.
 */
class RecipeSaveFormatsTest {
    @TempDir
    Path tmp;

    private static final String MAKE = String.join("\n",
            "def r = demo().decompose().bm2023().exporters()",
            "def f = Estimate.ols(r.toTable(), 'DVA ~ GEXP').fit()", "");

    @Test
    void measureAndRegressionTablesSaveByExtension() throws IOException {
        Path out = tmp.resolve("out");
        StringBuilder src = new StringBuilder(MAKE);
        List<String> kinds = List.of("csv", "xlsx", "md", "tex", "html");
        for (String k : kinds) {
            src.append("save r, '").append(out.resolve("m." + k)).append("'\n");
            src.append("save RegressionTable.of(f), '").append(out.resolve("reg." + k)).append("'\n");
        }
        src.append("save f, '").append(out.resolve("fit.txt")).append("'\n");
        assertEquals("", Recipes.run(src.toString(), "r.groovy", true, List.of(), List.of(), out));

        Path probe = Files.createFile(tmp.resolve("umask-probe"));
        String umaskMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
        for (String k : kinds) {
            for (String name : List.of("m." + k, "reg." + k)) {
                Path p = out.resolve(name);
                assertTrue(Files.size(p) > 0, name);
                assertEquals(umaskMode, PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), name);
            }
        }
        if (umaskMode.equals("rw-r--r--")) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("m.xlsx"))));
        }
        // provenance as the library writes it: a sidecar for csv, a comment for md/tex/html, a sheet for xlsx
        assertTrue(Files.exists(out.resolve("m.csv.provenance.json")));
        assertTrue(Files.exists(out.resolve("reg.csv.provenance.json")));
        assertTrue(Files.exists(out.resolve("fit.txt.provenance.json")));
        assertTrue(Files.readString(out.resolve("m.md")).contains("bm2023"), "provenance names the chain");
        assertTrue(Files.readString(out.resolve("reg.tex")).contains("GEXP"));
        assertTrue(Files.readString(out.resolve("m.html")).contains("<table"));

        // the xlsx reopens with Apache POI; its first number equals the CSV's
        List<String> csv = Files.readAllLines(out.resolve("m.csv"));
        String[] header = csv.get(0).split(",");
        String[] first = csv.get(1).split(",");
        try (InputStream in = Files.newInputStream(out.resolve("m.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertNotNull(wb.getSheet("provenance"));
            Sheet data = wb.getSheetAt(0);
            assertEquals(header[0], data.getRow(0).getCell(0).getStringCellValue());
            int col = -1;
            for (int c = 0; c < header.length && col < 0; c++) {
                try {
                    Double.parseDouble(first[c]);
                    col = c;
                } catch (NumberFormatException e) {
                    // a label column
                }
            }
            assertTrue(col >= 0, "a numeric column in " + csv.get(1));
            assertEquals(Double.parseDouble(first[col]), data.getRow(1).getCell(col).getNumericCellValue(), 0.0,
                    header[col]);
        }
        try (InputStream in = Files.newInputStream(out.resolve("reg.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertNotNull(wb.getSheet("table"));
            assertNotNull(wb.getSheet("provenance"));
        }
    }

    /** Through `gvc run --sandbox` (a child JVM, staged output): the refusal names the line, nothing is published. */
    @Test
    void anUnknownExtensionIsRefusedWithTheLineAndTheFormatsAndNothingIsWritten() throws IOException {
        Path out = tmp.resolve("out");
        Path recipe = Files.writeString(tmp.resolve("recipe.groovy"),
                MAKE + "save r, '" + out.resolve("ok.csv") + "'\nsave r, '" + out.resolve("t.foo") + "'\n");
        java.io.StringWriter err = new java.io.StringWriter();
        java.io.StringWriter std = new java.io.StringWriter();
        int code = org.gvc4j.cli.Main.execute(new String[] {"run", "--sandbox", "--out", out.toString(),
            recipe.toString()}, new java.io.PrintWriter(std), new java.io.PrintWriter(err));
        String all = err + "\n" + std;
        assertTrue(code != 0, all);
        // the launcher's banner, the one-line error, and the note that nothing was written
        String m = all.lines().filter(l -> l.startsWith(recipe + ":")).findFirst().orElse(all);
        assertTrue(m.startsWith(recipe + ":4: cannot save a measure table as " + out.resolve("t.foo")), all);
        assertTrue(all.contains("nothing was written to " + out), all);
        assertTrue(m.contains("\".foo\" is not a format gvc4j writes"), m);
        assertTrue(m.contains(".csv, .tsv, .xlsx, .md, .tex or .html"), m);
        assertTrue(m.contains(out.resolve("t.foo").toString()), "names the file as the recipe did: " + m);
        assertFalse(m.contains(".gvc-"), "no staging path: " + m);
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.list(out)) {
                assertEquals(List.of(), s.toList(), "all or nothing: the earlier save is not published either");
            }
        }
        // in process: a regression table names .txt among its formats
        RecipeException reg = assertThrows(RecipeException.class, () -> Recipes.run(
                MAKE + "save f, '" + out.resolve("t.docx") + "'\n", "recipe.groovy", true, List.of(), List.of(), out));
        assertTrue(reg.getMessage().startsWith("recipe.groovy:3:"), reg.getMessage());
        assertTrue(reg.getMessage().contains(".txt"), reg.getMessage());
        assertFalse(Files.exists(out.resolve("t.docx")));
    }
}
