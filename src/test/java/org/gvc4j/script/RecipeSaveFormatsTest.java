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

    private static final String TABLE = String.join("\n",
            "def t = Table.create('t', DoubleColumn.create('x', [1.5d, 2d, 0.1d + 0.2d] as double[]),",
            "        StringColumn.create('s', ['a<b', 'c,d', 'e\"f']))", "");

    /** save(Table, file) chooses the format by extension with the writers measure tables use (issue 13 item 2). */
    @Test
    void aTablesawTableSavesByExtensionWithTheMeasureTableWriters() throws IOException {
        Path out = tmp.resolve("out");
        StringBuilder src = new StringBuilder(TABLE);
        List<String> kinds = List.of("csv", "tsv", "xlsx", "md", "tex", "html");
        for (String k : kinds) {
            src.append("save t, '").append(out.resolve("t." + k)).append("'\n");
        }
        assertEquals("", Recipes.run(src.toString(), "r.groovy", true, List.of(), List.of(), out));
        // 17 significant digits, quoted fields as MeasureTable writes them (Tablesaw's own CSV writer is not used)
        assertEquals("x,s\n1.5,a<b\n2,\"c,d\"\n0.30000000000000004,\"e\"\"f\"\n", Files.readString(out.resolve("t.csv")));
        assertEquals("x\ts\n1.5\ta<b\n2\tc,d\n0.30000000000000004\t\"e\"\"f\"\n", Files.readString(out.resolve("t.tsv")));
        assertTrue(Files.readString(out.resolve("t.csv.provenance.json")).contains("\"table\": \"t\""));
        String html = Files.readString(out.resolve("t.html"));
        assertTrue(html.contains("<td>a&lt;b</td>") && !html.contains("a<b"), html);
        assertTrue(Files.readString(out.resolve("t.md")).contains("| a<b |") || Files.readString(out.resolve("t.md"))
                .contains("a<b"), "markdown holds the cell");
        assertTrue(Files.readString(out.resolve("t.tex")).contains("\\begin{tabular}"));
        try (InputStream in = Files.newInputStream(out.resolve("t.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertNotNull(wb.getSheet("provenance"));
            Sheet data = wb.getSheet("t");
            assertNotNull(data);
            assertEquals(1.5, data.getRow(1).getCell(0).getNumericCellValue(), 0.0);
            assertEquals("c,d", data.getRow(2).getCell(1).getStringCellValue());
        }
        RecipeException e = assertThrows(RecipeException.class, () -> Recipes.run(TABLE + "save t, '"
                + out.resolve("t.json") + "'\n", "r.groovy", true, List.of(), List.of(), out));
        assertEquals("r.groovy:3: cannot save a table as " + out.resolve("t.json") + ": \".json\" is not a format gvc4j "
                + "writes; the extension chooses the format: .csv, .tsv, .xlsx, .md, .tex or .html", e.getMessage());
        assertFalse(Files.exists(out.resolve("t.json")));
    }

    /**
     * A write that fails on a full disk names the file and the cause in one line, whatever writer failed (issue 13
     * item 1): a 64 KB tmpfs, mounted as root; skipped elsewhere.
     */
    @Test
    void aFullDiskIsNamedWithTheFileAndTheCause() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "mounting a tiny tmpfs needs root");
        Path disk = Files.createDirectory(tmp.resolve("tiny"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mount.waitFor() == 0, "mount -t tmpfs failed: "
                + new String(mount.getInputStream().readAllBytes()));
        try {
            String big = "double[] xs = new double[100000]\nArrays.fill(xs, 0.123456789012345d)\n"
                    + "def t = Table.create('t', DoubleColumn.create('x', xs))\n";
            for (boolean sandbox : new boolean[] {false, true}) {
                for (String kind : List.of("csv", "xlsx", "html")) {
                    Path file = disk.resolve("big." + kind);
                    RecipeException e = assertThrows(RecipeException.class, () -> Recipes.run(big + "save t, '" + file
                            + "'\n", "r.groovy", sandbox, List.of(), List.of(), disk));
                    assertEquals("r.groovy:4: save: cannot write " + file + ": no space left on device",
                            e.getMessage(), "sandbox " + sandbox);
                }
                Path measures = disk.resolve("m.csv");
                RecipeException e = assertThrows(RecipeException.class, () -> Recipes.run(
                        "def r = demo().decompose().bm2025().trade().exporters()\nfor (int i = 0; i < 200; i++) "
                        + "save(r, '" + disk + "/m' + i + '.csv')\n", "r.groovy", sandbox, List.of(), List.of(), disk));
                assertTrue(e.getMessage().startsWith("r.groovy:2: save: cannot write " + disk + "/m"), e.getMessage());
                assertTrue(e.getMessage().endsWith(": no space left on device"), e.getMessage());
                try (Stream<Path> s = Files.list(disk)) {
                    assertEquals(List.of(), s.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith(".") || n.startsWith("big")).toList(), "nothing partial is left");
                }
                try (Stream<Path> s = Files.list(disk)) {
                    for (Path p : s.toList()) {
                        Files.delete(p);
                    }
                }
                assertFalse(Files.exists(measures) && Files.size(measures) == 0);
            }
        } finally {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
        }
    }
}
