package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gvc4j.error.GvcException;
import org.gvc4j.source.OutputFiles;
import org.gvc4j.testing.Xlsx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21 item 6 and issue 13 item 5 for regression tables: the extension chooses the format, every file carries its
 * provenance, the xlsx opens with a second reader (coefficients as numbers), other extensions are refused, and a save
 * is all or nothing.
 */
class RegressionTableSaveTest {
    @TempDir
    Path tmp;

    static RegressionTable table() {
        var p = DummyRegressionTest.panel(3, 200, 5, 4);
        Fit a = Estimate.of(Model.OLS, p.src(), "y ~ x1 | f1").fit();
        Fit b = Estimate.of(Model.OLS, p.src(), "y ~ x1 + x2 | f1 + f2").hetero().fit();
        return RegressionTable.of(a, b).withTitles("FE1", "FE2");
    }

    @Test
    void textFormatsCarryTheProvenanceAsACommentOrASidecar() throws IOException {
        RegressionTable t = table();
        String md = Files.readString(t.save(tmp.resolve("t.md")));
        assertTrue(md.startsWith("<!-- gvc4j provenance\nresult: regression table\nmethod: gvc4j estimate"), md);
        assertTrue(md.contains("\nmodel 1: FE1: OLS y ~ x1 | f1; standard errors "), md);
        assertTrue(md.contains("\nmodel 2: FE2: OLS y ~ x1 + x2 | f1 + f2; standard errors Heteroskedasticity-robust; "), md);
        assertTrue(md.endsWith("-->\n" + t.toMarkdown()), md);
        String tex = Files.readString(t.save(tmp.resolve("t.tex")));
        assertTrue(tex.startsWith("% gvc4j provenance\n% result: regression table\n"), tex);
        assertTrue(tex.endsWith(t.toLatex()), tex);
        String html = Files.readString(t.save(tmp.resolve("t.html")));
        assertTrue(html.startsWith("<!-- gvc4j provenance\n") && html.endsWith(t.toHtml()), html);
        assertEquals(t.toCsv(), Files.readString(t.save(tmp.resolve("t.csv"))));
        assertEquals(t.toTsv(), Files.readString(t.save(tmp.resolve("t.tsv"))));
        assertEquals(t.toText(), Files.readString(t.save(tmp.resolve("t.txt"))));
        assertTrue(t.toTsv().startsWith("term\tFE1\tFE2\n"), t.toTsv());
        String json = Files.readString(tmp.resolve("t.csv.provenance.json"));
        assertTrue(json.startsWith("{\n  \"result\": \"regression table\",\n"), json);
        assertTrue(json.contains("\"model 2\": \"FE2: OLS y ~ x1 + x2 | f1 + f2;"), json);
        assertEquals(List.of("t.csv", "t.csv.provenance.json", "t.html", "t.md", "t.tex", "t.tsv", "t.tsv.provenance.json",
                "t.txt", "t.txt.provenance.json"), list(tmp));
    }

    @Test
    void xlsxHasTheTableOneSheetPerModelWithNumbersAndProvenance() throws IOException {
        RegressionTable t = table();
        Path f = t.save(tmp.resolve("t.xlsx"));
        Xlsx.Book wb = Xlsx.read(f);
        assertEquals(List.of("table", "FE1", "FE2", "provenance"), wb.names());
        List<List<Object>> shown = wb.sheet("table");
        assertEquals("term", shown.get(0).get(0));
        assertEquals("FE2", shown.get(0).get(2));
        Fit b = Estimate.of(Model.OLS, DummyRegressionTest.panel(3, 200, 5, 4).src(), "y ~ x1 + x2 | f1 + f2").hetero().fit();
        List<List<Object>> coefs = wb.sheet("FE2");
        assertEquals(b.toTable().columnNames(), coefs.get(0));
        assertEquals(b.getTerms().size() + 1, coefs.size());
        for (int r = 1; r < coefs.size(); r++) {
            String term = (String) coefs.get(r).get(0);
            assertTrue(coefs.get(r).get(1) instanceof Double, term + ": a number cell");
            assertEquals(b.estimate(term), (Double) coefs.get(r).get(1), 0.0, term);
            assertEquals(b.stdError(term), (Double) coefs.get(r).get(2), 0.0, term);
        }
        List<String> prov = new ArrayList<>();
        for (List<Object> row : wb.sheet("provenance")) {
            prov.add(row.get(0) + "=" + row.get(1));
        }
        assertTrue(prov.contains("result=regression table"), prov.toString());
        assertTrue(prov.stream().anyMatch(s -> s.startsWith("model 1=FE1: OLS y ~ x1 | f1;")), prov.toString());
        assertEquals(List.of("t.xlsx"), list(tmp));
    }

    @Test
    void otherExtensionsAreRefusedNamingTheFormats() throws IOException {
        RegressionTable t = table();
        for (String name : List.of("t.foo", "t", "t.docx")) {
            GvcException e = assertThrows(GvcException.class, () -> t.save(tmp.resolve(name)));
            assertTrue(e.getMessage().startsWith("cannot save a regression table as " + tmp.resolve(name) + ": "),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("the extension chooses the format: .csv, .tsv, .xlsx, .md, .tex, .html or "
                    + ".txt"), e.getMessage());
        }
        assertEquals(List.of(), list(tmp));
    }

    @Test
    void aFailedSaveLeavesNothingAndKeepsTheEarlierFile() throws IOException {
        RegressionTable t = table();
        for (String name : List.of("t.csv", "t.xlsx", "t.md")) {
            Path blocked = Files.createDirectories(tmp.resolve("x").resolve(name));
            Files.writeString(blocked.resolve("keep"), "x");
            assertThrows(java.io.UncheckedIOException.class, () -> t.save(blocked));
            assertTrue(Files.isDirectory(blocked));
        }
        assertEquals(List.of("t.csv", "t.md", "t.xlsx"), list(tmp.resolve("x")), "no sidecar, no partial file");
        Path f = tmp.resolve("keep.md");
        t.save(f);
        String before = Files.readString(f);
        assertFalse(before.isEmpty());
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
}
