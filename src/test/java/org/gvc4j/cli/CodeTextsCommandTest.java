package org.gvc4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gvc4j.stats.Datasets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** {@code gvc code-texts}: the CSV's columns and rows, the options, errors, and a few hundred agreements timed. */
class CodeTextsCommandTest {
    static final Path TOTA = Path.of("../shared/reference/texts/tota");

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run gvc(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(rc, out.toString(), err.toString());
    }

    @Test
    void oneRowPerDocumentWithTheIssuesColumns() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("texts"));
        Files.writeString(dir.resolve("mou.txt"), "MEMORANDUM OF UNDERSTANDING\n\nThe Participants will cooperate on "
                + "lithium and cobalt supply chains.\nThis Memorandum does not create legally binding obligations.\n"
                + "Any dispute shall be settled through consultations.\nThis Memorandum shall remain in force for "
                + "five years and shall be automatically renewed for successive periods of five years.\n");
        Files.writeString(dir.resolve("accord.txt"), "Les Parties coopèrent dans le domaine du commerce numérique.\n");
        Path csv = tmp.resolve("coded.csv");
        Path ev = tmp.resolve("evidence.csv");
        Run r = gvc("code-texts", dir.toString(), "--out", csv.toString(), "--evidence", ev.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("coded 2 document(s) (1 not in English: not coded) in "), r.out());
        assertTrue(r.out().contains("  binding: non-binding 1, not coded 1,"), r.out());
        assertTrue(r.out().contains("  accord: language fr (French): not coded"), r.out());
        Table t = Datasets.readCsv(csv);
        assertEquals(List.of("document", "language", "binding", "binding_evidence", "dispute", "dispute_evidence",
                "validity"), t.columnNames().subList(0, 7));
        assertEquals("digital_data_flows", t.columnNames().get(7));
        assertEquals(List.of("validity_evidence", "binding_where", "dispute_where", "validity_where", "note"),
                t.columnNames().subList(t.columnCount() - 5, t.columnCount()));
        assertEquals(2, t.rowCount());
        assertEquals("accord", t.stringColumn("document").get(0));
        assertEquals("not coded", t.stringColumn("binding").get(0));
        assertEquals("mou", t.stringColumn("document").get(1));
        assertEquals("non-binding", t.stringColumn("binding").get(1));
        assertEquals("This Memorandum does not create legally binding obligations.",
                t.stringColumn("binding_evidence").get(1));
        assertEquals("line 4", t.stringColumn("binding_where").get(1));
        assertEquals("consultative", t.stringColumn("dispute").get(1));
        assertEquals("automatic renewal", t.stringColumn("validity").get(1));
        Table e = Datasets.readCsv(ev);
        assertEquals(List.of("document", "field", "label", "decisive", "term", "sentence", "where", "chapter",
                "article", "page", "line"), e.columnNames());
        assertTrue(e.rowCount() >= 5, "evidence rows: " + e.rowCount());
    }

    @Test
    void rulesCanBePrintedAndChanged() throws IOException {
        Run r = gvc("code-texts", "--print-rules");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("[disclaimers]"), r.out().substring(0, 200));
        Path text = Files.writeString(tmp.resolve("a.txt"), "The Authorities shall cooperate on the exchange of data.\n");
        Path rules = Files.writeString(tmp.resolve("rules.txt"), "# my actors\n[actors +]\nAuthorities\n");
        Path csv = tmp.resolve("a.csv");
        assertEquals(0, gvc("code-texts", text.toString(), "--out", csv.toString()).code());
        assertEquals("not specified", Datasets.readCsv(csv).stringColumn("binding").get(0));
        assertEquals(0, gvc("code-texts", text.toString(), "--out", csv.toString(), "--rules", rules.toString()).code());
        assertEquals("binding", Datasets.readCsv(csv).stringColumn("binding").get(0));
        Path bad = Files.writeString(tmp.resolve("bad.txt"), "[actorz]\nX\n");
        r = gvc("code-texts", text.toString(), "--out", csv.toString(), "--rules", bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("gvc: " + bad + " line 1: unknown section [actorz]"), r.err());
    }

    @Test
    void errorsSayWhatIsWrongAndWriteNothing() throws IOException {
        Run r = gvc("code-texts", "--out", tmp.resolve("x.csv").toString());
        assertEquals(2, r.code());
        assertEquals("gvc: no FILES given (see: gvc code-texts --help)\n", r.err());
        Path text = Files.writeString(tmp.resolve("a.txt"), "The Parties shall cooperate.\n");
        r = gvc("code-texts", text.toString());
        assertEquals("gvc: --out FILE.csv is required (see: gvc code-texts --help)\n", r.err());
        r = gvc("code-texts", tmp.resolve("missing.txt").toString(), "--out", tmp.resolve("x.csv").toString());
        assertEquals(1, r.code());
        assertEquals("gvc: agreement text not found: " + tmp.resolve("missing.txt") + "\n", r.err());
        r = gvc("code-texts", text.toString(), "--out", tmp.resolve("no/such/dir/x.csv").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("gvc: cannot write " + tmp.resolve("no/such/dir/x.csv")), r.err());
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("a.txt"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** 120 agreements (the 12 real ones, 10 times each under other names, 16 MB) in well under a minute. */
    @Test
    void aFewHundredAgreementsInWellUnderAMinute() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(TOTA), TOTA + " absent: skipping the timing");
        Path dir = Files.createDirectories(tmp.resolve("many"));
        List<Path> files;
        try (Stream<Path> s = Files.list(TOTA)) {
            files = s.sorted().toList();
        }
        for (int copy = 0; copy < 10; copy++) {
            for (Path f : files) {
                Files.copy(f, dir.resolve(copy + "_" + f.getFileName()));
            }
        }
        Path csv = tmp.resolve("many.csv");
        long t0 = System.nanoTime();
        Run r = gvc("code-texts", dir.toString(), "--out", csv.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, r.code(), r.err());
        System.out.printf("code-texts: 120 agreements in %.1f s%n%s", seconds, r.out());
        assertTrue(seconds < 60, "120 agreements took " + seconds + " s");
        Table t = Datasets.readCsv(csv);
        assertEquals(120, t.rowCount());
        assertEquals(100, t.stringColumn("binding").countOccurrences("binding"));
        assertFalse(Files.exists(tmp.resolve(".many.csv")));
    }
}
