package org.gvc4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gvc report}: writes the page and its PNGs; bad sources and outputs give one line and write nothing. */
class ReportCommandTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    record Run(int rc, String out, String err) {
    }

    static Run gvc(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(rc, out.toString(), err.toString());
    }

    static List<String> files(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesThePageAndThreePngs() throws Exception {
        Path out = tmp.resolve("r/report.html");
        Run r = gvc("report", "demo", "--out", out.toString(), "--top", "5", "--profiles", "MEX,DEU");
        assertEquals(0, r.rc(), r.err());
        assertEquals(List.of("report-map.png", "report-pairs.png", "report-participation.png", "report.html"),
                files(out.getParent()));
        String html = Files.readString(out);
        assertEquals(2, html.split("<details id=\"profile-", -1).length - 1);
        assertTrue(r.out().startsWith("wrote " + out), r.out());
        assertTrue(r.err().contains("gvc report: demo loaded (20 industries)"), r.err());
    }

    @Test
    void aMissingSourceIsOneLineAndWritesNothing() throws Exception {
        Path out = tmp.resolve("r/report.html");
        Run r = gvc("report", tmp.resolve("nope").toString(), "--out", out.toString());
        assertEquals(1, r.rc());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("gvc: ") && r.err().contains("nope"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals(List.of(), files(out.getParent()));
    }

    @Test
    void anUnwritableOutIsOneLineAndWritesNothing() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        Run r = gvc("report", "demo", "--out", file.resolve("report.html").toString());
        assertEquals(1, r.rc());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("is not a folder") && r.err().contains("plain"), r.err());

        Run notHtml = gvc("report", "demo", "--out", tmp.resolve("r.txt").toString());
        assertEquals(1, notHtml.rc());
        assertTrue(notHtml.err().contains("--out must name an .html file"), notHtml.err());

        Run badCountry = gvc("report", "demo", "--out", tmp.resolve("x/r.html").toString(), "--profiles", "XXX");
        assertEquals(1, badCountry.rc());
        assertTrue(badCountry.err().contains("no country 'XXX'"), badCountry.err());
        assertEquals(List.of(), files(tmp.resolve("x")));

        Run badTop = gvc("report", "demo", "--out", tmp.resolve("x/r.html").toString(), "--top", "zero");
        assertEquals(2, badTop.rc());
        assertTrue(badTop.err().contains("--top"), badTop.err());
    }
}
