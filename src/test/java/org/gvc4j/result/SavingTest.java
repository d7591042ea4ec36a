package org.gvc4j.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.error.GvcException;
import org.gvc4j.model.Conventions;
import org.gvc4j.source.OutputFiles;
import org.gvc4j.source.SyntheticTable;
import org.gvc4j.testing.Xlsx;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21 item 6: the extension chooses the format ({@code .csv .tsv .xlsx .md .tex .html}; anything else is refused
 * naming them), every saved result carries its provenance (an xlsx sheet, a comment header, or a sidecar), a failed
 * save leaves nothing half-written, and new files get the permissions the umask gives. Item 7: {@code show} prints a
 * screenful.
 */
class SavingTest {
    @TempDir
    Path tmp;

    static MeasureTable trade() {
        return Gvc.demo().decompose().bm2025().trade().exporters();
    }

    /** 80 rows: every exporter, importer and sector of the demo table. */
    static MeasureTable many() {
        return Gvc.demo().decompose().bm2025().trade().exporters().importers().bySector();
    }

    @Test
    void csvIsTheCsvOfSaveCsvWithAProvenanceSidecar() throws IOException {
        MeasureTable t = trade();
        Path plain = tmp.resolve("plain.csv");
        t.saveCsv(plain);
        Path f = t.save(tmp.resolve("out/trade.csv"));
        assertEquals(tmp.resolve("out/trade.csv"), f);
        assertEquals(Files.readString(plain), Files.readString(f), "the data file is plain CSV, as saveCsv writes it");
        Path side = tmp.resolve("out/trade.csv.provenance.json");
        String json = Files.readString(side);
        assertTrue(json.startsWith("{\n  \"result\": \"measure table\",\n  \"chain\": \"bm2025().trade().exporters()\",\n"),
                json);
        assertTrue(json.contains("\"paper\": \"" + t.getPaper() + "\""), json);
        assertTrue(json.contains("\"source\": \"demo, value added residual, output as given\""), json);
        assertTrue(json.contains("\"naming\": \"gvc4j\""), json);
        assertTrue(json.contains("\"rows\": \"5\""), json);
        assertTrue(json.contains("\"gvc4j\": \"" + MeasureTables.version() + "\""), json);
        assertTrue(json.matches("(?s).*\"saved\": \"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\".*"), json);
        assertTrue(json.endsWith("\"notes\": []\n}\n"), json);
        assertEquals(List.of("trade.csv", "trade.csv.provenance.json"), list(tmp.resolve("out")));
    }

    @Test
    void tsvHasTabsAndTheTablesNaming() throws IOException {
        MeasureTable t = trade().named(Naming.GVC_ANALYZER);
        Path f = t.save(tmp.resolve("t.tsv"));
        List<String> lines = Files.readAllLines(f);
        assertEquals(String.join("\t", t.getColumnNames()), lines.get(0));
        assertEquals(6, lines.size());
        assertTrue(lines.get(1).startsWith("DEU\t"), lines.get(1));
        assertTrue(Files.readString(tmp.resolve("t.tsv.provenance.json")).contains("\"naming\": \"gvc_analyzer\""));
    }

    @Test
    void xlsxOpensWithASecondReaderWithNumbersAsNumbersAndAProvenanceSheet() throws IOException {
        MrioTable zero = new MrioTable(SyntheticTable.generate(7, 1, 3, 0), Conventions.DEFAULT);
        MeasureTable t = zero.decompose().bm2025().trade().exporters();
        Path f = t.save(tmp.resolve("zero.xlsx"));
        assertEquals(List.of("zero.xlsx"), list(tmp), "no sidecar: the provenance is inside");
        Xlsx.Book wb = Xlsx.read(f);
        assertEquals(List.of("bm2025.trade.exporters", "provenance"), wb.names());
        List<List<Object>> rows = wb.sheets().get(0);
        assertEquals(t.getRowCount() + 1, rows.size());
        assertEquals(t.getColumnNames(), rows.get(0));
        List<String> header = t.getColumnNames();
        List<String> exporters = t.keys("exporter");
        for (int r = 0; r < t.getRowCount(); r++) {
            List<Object> row = rows.get(r + 1);
            assertEquals(exporters.get(r), row.get(0), "keys are text");
            for (int c = 1; c < header.size(); c++) {
                double want = t.column(header.get(c))[r];
                Object cell = Xlsx.cell(row, c);
                if (Double.isNaN(want)) {
                    assertEquals(null, cell, "a missing value is an empty cell");
                } else {
                    assertTrue(cell instanceof Double, header.get(c) + " row " + r + ": a number cell, not " + cell);
                    assertEquals(want, (Double) cell, 0.0, header.get(c) + " row " + r);
                }
            }
        }
        List<String> fields = new ArrayList<>();
        for (List<Object> row : wb.sheet("provenance")) {
            fields.add(row.get(0) + "=" + row.get(1));
        }
        assertEquals("field=value", fields.get(0));
        assertTrue(fields.contains("result=measure table"), fields.toString());
        assertTrue(fields.contains("chain=bm2025().trade().exporters()"), fields.toString());
        assertTrue(fields.contains("source=" + t.getSource()), fields.toString());
        assertTrue(fields.contains("gvc4j=" + MeasureTables.version()), fields.toString());
        assertTrue(fields.contains("note=" + t.getNotes().get(0)), fields.toString());
    }

    @Test
    void xlsxNumbersAreExactDoubles() throws IOException {
        MeasureTable t = trade();
        Path f = t.save(tmp.resolve("t.xlsx"));
        List<List<Object>> rows = Xlsx.read(f).sheets().get(0);
        int col = t.getColumnNames().indexOf("DAVAX");
        for (int r = 0; r < t.getRowCount(); r++) {
            assertEquals(t.column("DAVAX")[r], (Double) rows.get(r + 1).get(col), 0.0);
        }
    }

    @Test
    void saveAllWritesOneSheetPerTableAndAProvenanceBlockPerSheet() throws IOException {
        MeasureTable a = trade();
        MeasureTable b = Gvc.demo().decompose().bm2025().output().countries();
        MeasureTable c = trade().where("exporter", "CHN");
        Path f = MeasureTable.saveAll(tmp.resolve("all.xlsx"), a, b, c);
        Xlsx.Book wb = Xlsx.read(f);
        assertEquals(List.of("bm2025.trade.exporters", "bm2025.output.countries", "bm2025.trade.exporters (2)",
                "provenance"), wb.names());
        assertEquals(b.getRowCount() + 1, wb.sheets().get(1).size());
        assertEquals(2, wb.sheets().get(2).size());
        List<String> prov = new ArrayList<>();
        for (List<Object> row : wb.sheet("provenance")) {
            prov.add(Xlsx.cell(row, 0) + "=" + Xlsx.cell(row, 1));
        }
        assertEquals("field=value", prov.get(0));
        assertEquals("sheet=bm2025.trade.exporters", prov.get(1));
        assertTrue(prov.contains("sheet=bm2025.output.countries"), prov.toString());
        assertTrue(prov.contains("chain=bm2025().output().countries()"), prov.toString());
        assertTrue(prov.contains("sheet=bm2025.trade.exporters (2)"), prov.toString());
        assertTrue(prov.contains("rows=1"), prov.toString());
        GvcException e = assertThrows(GvcException.class, () -> MeasureTable.saveAll(tmp.resolve("all.csv"), a, b));
        assertTrue(e.getMessage().startsWith("saveAll writes one workbook: give a .xlsx name"), e.getMessage());
        assertThrows(GvcException.class, () -> MeasureTable.saveAll(tmp.resolve("none.xlsx")));
        assertEquals(List.of("all.xlsx"), list(tmp));
    }

    @Test
    void workbookLimitsAreCheckedBeforeWritingAndNamesAreMadeValid() throws IOException {
        tech.tablesaw.api.Table big = tech.tablesaw.api.Table.create("big",
                tech.tablesaw.api.DoubleColumn.create("x", new double[ResultFiles.MAX_ROWS]));
        GvcException e = assertThrows(GvcException.class, () -> MeasureTables.saveWorkbook(tmp.resolve("big.xlsx"),
                List.of(big), MeasureTables.provenance(trade())));
        assertTrue(e.getMessage().endsWith("more than a worksheet holds (1048575 rows under the header, 16384 columns); "
                + "save it as .csv or .tsv"), e.getMessage());
        assertEquals(List.of(), list(tmp));
        Set<String> used = new java.util.HashSet<>(Set.of("provenance"));
        assertEquals("a_b_c_d", ResultFiles.sheetName("a[b]c:d", used));
        assertEquals("a_b_c_d (2)", ResultFiles.sheetName("a/b?c*d", used));
        assertEquals("Provenance (2)", ResultFiles.sheetName("Provenance", used), "sheet names clash ignoring case");
        assertEquals(31, ResultFiles.sheetName("x".repeat(40), used).length());
        assertEquals(31, ResultFiles.sheetName("x".repeat(40), used).length());
        assertEquals("result", ResultFiles.sheetName(" ", used));
        assertEquals(ResultFiles.MAX_CELL, ResultFiles.cell("y".repeat(40_000)).length());
        assertEquals("bm2025.trade.exporter CHN.importers", MeasureTables.sheetTitle("bm2025().trade().exporter(\"CHN\").importers()"));
    }

    @Test
    void markdownLatexAndHtmlCarryTheProvenanceAsAComment() throws IOException {
        MeasureTable t = trade();
        String md = Files.readString(t.save(tmp.resolve("t.md")));
        assertTrue(md.startsWith("<!-- gvc4j provenance\nresult: measure table\nchain: bm2025().trade().exporters()\n"), md);
        assertTrue(md.contains("-->\n| exporter | E | DAVAX |"), md);
        assertTrue(md.contains("\n|---|---:|---:|"), md);
        assertTrue(md.contains("\n| CHN | "), md);
        String tex = Files.readString(t.save(tmp.resolve("t.tex")));
        assertTrue(tex.startsWith("% gvc4j provenance\n% result: measure table\n% chain: bm2025().trade().exporters()\n"), tex);
        assertTrue(tex.contains("\\begin{tabular}{lrrr"), tex);
        assertTrue(tex.contains("GVC\\_PF"), tex);
        assertTrue(tex.endsWith("\\bottomrule\n\\end{tabular}\n"), tex);
        String html = Files.readString(t.save(tmp.resolve("t.html")));
        assertTrue(html.startsWith("<!-- gvc4j provenance\n"), html);
        assertTrue(html.contains("<caption>bm2025().trade().exporters()</caption>"), html);
        assertTrue(html.contains("<th>DAVAX</th>"), html);
        assertEquals(List.of("t.html", "t.md", "t.tex"), list(tmp), "no sidecars for formats with comments");
        for (String text : List.of(md, tex, html)) {
            for (String chn : List.of("CHN", "DEU", "USA", "MEX", "ROW")) {
                assertTrue(text.contains(chn), chn);
            }
        }
    }

    @Test
    void otherExtensionsAreRefusedNamingTheFormatsAndNothingIsWritten() throws IOException {
        MeasureTable t = trade();
        for (String name : List.of("t.foo", "t", "t.xls", "t.json", "t.csv.gz")) {
            GvcException e = assertThrows(GvcException.class, () -> t.save(tmp.resolve("sub/" + name)), name);
            assertTrue(e.getMessage().contains("the extension chooses the format: .csv, .tsv, .xlsx, .md, .tex or .html"),
                    e.getMessage());
            assertTrue(e.getMessage().startsWith("cannot save a measure table as " + tmp.resolve("sub/" + name) + ": "),
                    e.getMessage());
        }
        assertTrue(assertThrows(GvcException.class, () -> t.save(tmp.resolve("t.foo"))).getMessage()
                .contains("\".foo\" is not a format gvc4j writes"));
        assertTrue(assertThrows(GvcException.class, () -> t.save(tmp.resolve("t"))).getMessage()
                .contains("the name has no extension"));
        assertEquals(List.of(), list(tmp), "nothing written, no folder created");
        assertTrue(Files.readString(t.save(tmp.resolve("UPPER.CSV"))).startsWith("exporter,"), "case is ignored");
    }

    @Test
    void saveCsvRefusesAnotherFormatsExtension() {
        MeasureTable t = trade();
        GvcException e = assertThrows(GvcException.class, () -> t.saveCsv(tmp.resolve("t.xlsx")));
        assertEquals("cannot write CSV into " + tmp.resolve("t.xlsx") + ": .xlsx is another format; MeasureTable.save(file) "
                + "writes the format the extension names (or give a .csv name)", e.getMessage());
        t.saveCsv(tmp.resolve("t.txt"));
        assertTrue(Files.exists(tmp.resolve("t.txt")));
    }

    @Test
    void aFailedSaveLeavesNeitherDataNorSidecarAndRestoresAnEarlierSidecar() throws IOException {
        MeasureTable t = trade();
        // the target is a folder that is not empty: the final rename fails after the sidecar was written
        Path blocked = Files.createDirectories(tmp.resolve("a/t.csv"));
        Files.writeString(blocked.resolve("keep"), "x");
        assertThrows(java.io.UncheckedIOException.class, () -> t.save(tmp.resolve("a/t.csv")));
        assertEquals(List.of("t.csv"), list(tmp.resolve("a")), "no sidecar, no partial file");
        // an earlier sidecar is put back as it was
        Path b = Files.createDirectories(tmp.resolve("b/t.csv"));
        Files.writeString(b.resolve("keep"), "x");
        Files.writeString(tmp.resolve("b/t.csv.provenance.json"), "{\"earlier\": true}\n");
        assertThrows(java.io.UncheckedIOException.class, () -> t.save(tmp.resolve("b/t.csv")));
        assertEquals("{\"earlier\": true}\n", Files.readString(tmp.resolve("b/t.csv.provenance.json")));
        assertEquals(List.of("t.csv", "t.csv.provenance.json"), list(tmp.resolve("b")));
        // a workbook that cannot be moved into place leaves nothing
        Path c = Files.createDirectories(tmp.resolve("c/t.xlsx"));
        Files.writeString(c.resolve("keep"), "x");
        assertThrows(java.io.UncheckedIOException.class, () -> t.save(tmp.resolve("c/t.xlsx")));
        assertEquals(List.of("t.xlsx"), list(tmp.resolve("c")));
        // a parent that is a file
        Files.writeString(tmp.resolve("file"), "x");
        assertThrows(java.io.UncheckedIOException.class, () -> t.save(tmp.resolve("file/t.md")));
    }

    @Test
    void aSaveReplacesAnEarlierFileAndItsSidecarWhole() throws IOException {
        Path f = tmp.resolve("t.csv");
        trade().save(f);
        MeasureTable chn = trade().where("exporter", "CHN");
        chn.save(f);
        assertEquals(2, Files.readAllLines(f).size());
        assertTrue(Files.readString(tmp.resolve("t.csv.provenance.json")).contains("\"rows\": \"1\""));
        assertEquals(List.of("t.csv", "t.csv.provenance.json"), list(tmp));
    }

    @Test
    void newFilesGetThePermissionsTheUmaskGives() throws IOException {
        Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "not POSIX");
        Set<PosixFilePermission> expected = umaskDefault(tmp);
        for (String name : List.of("t.csv", "t.xlsx", "t.md", "t.tex", "t.html", "t.tsv")) {
            Path f = trade().save(tmp.resolve("p/" + name));
            assertEquals(expected, Files.getPosixFilePermissions(f), name);
        }
        assertEquals(expected, Files.getPosixFilePermissions(tmp.resolve("p/t.csv.provenance.json")));
    }

    /** In child JVMs started under umask 022 and 077: -rw-r--r-- and -rw-------, every format and the sidecar. */
    @Test
    void underUmask022NewFilesAreReadableByAll() throws Exception {
        Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "not POSIX");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh");
        for (String umask : List.of("022", "077")) {
            Path dir = Files.createDirectories(tmp.resolve("u" + umask));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder("/bin/sh", "-c", "umask " + umask + " && exec \"$0\" -cp \"$1\" \"$2\" \"$3\"",
                    java, System.getProperty("java.class.path"), SaveProbe.class.getName(), dir.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "probe did not finish");
            assertEquals(0, p.exitValue(), out);
            String want = umask.equals("022") ? "rw-r--r--" : "rw-------";
            List<String> files = list(dir);
            assertEquals(List.of("t.csv", "t.csv.provenance.json", "t.html", "t.md", "t.tex", "t.tsv", "t.tsv.provenance.json",
                    "t.xlsx"), files);
            for (String name : files) {
                assertEquals(want, PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name))),
                        "umask " + umask + ": " + name);
            }
        }
    }

    /** What {@code open(2)} with mode 0666 gives under this process's umask, read from a probe file. */
    static Set<PosixFilePermission> umaskDefault(Path dir) throws IOException {
        Path probe = dir.resolve(".umask-probe");
        Files.newOutputStream(probe).close();
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(probe);
        Files.delete(probe);
        return EnumSet.copyOf(p);
    }

    @Test
    void showPrintsAScreenfulThenHowManyMoreRows() throws Exception {
        MeasureTable t = many();
        assertEquals(80, t.getRowCount());
        String shown = capture(t::show);
        List<String> lines = shown.lines().toList();
        assertEquals(t.getTitle(), lines.get(0));
        assertEquals(1 + 1 + 20 + 1, lines.size(), shown);
        assertEquals("… 60 more rows", lines.get(lines.size() - 1));
        String more = capture(() -> t.show(50));
        assertTrue(more.endsWith("… 30 more rows\n"), more);
        String all = capture(() -> t.show(100));
        assertFalse(all.contains("more row"), all);
        assertEquals(1 + 1 + 80, all.lines().count());
        String few = capture(() -> trade().show());
        assertFalse(few.contains("more row"), few);
    }

    @Test
    void recipesShowAScreenfulToo() {
        String out = org.gvc4j.script.Recipes.run("show demo().decompose().bm2025().trade().exporters().importers().bySector()\n"
                + "show demo().decompose().bm2025().trade().exporters().importers().bySector(), 30\n", "show.groovy", true,
                List.of(), List.of(), tmp);
        assertTrue(out.contains("… 60 more rows\n"), out);
        assertTrue(out.contains("… 50 more rows\n"), out);
    }

    static String capture(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    static List<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            for (String n : names) {
                assertFalse(OutputFiles.isPart(n), "a partial file was left: " + n);
            }
            return names;
        }
    }

    /** Saves the demo trade table in every format into the folder given (run by the umask test in a child JVM). */
    public static final class SaveProbe {
        public static void main(String[] args) {
            Path dir = Path.of(args[0]);
            for (String name : List.of("t.csv", "t.tsv", "t.xlsx", "t.md", "t.tex", "t.html")) {
                trade().save(dir.resolve(name));
            }
        }
    }
}
