package org.gvc4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.chart.RecipeCharts;
import org.gvc4j.error.GvcException;
import org.gvc4j.result.MeasureTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report page of a table: its sections, the numbers in it equal the DSL's (read back from the page's
 * {@code data-v} attributes, exactly), nothing that a browser would load, a non-blank rendering in headless Chromium
 * with zero network requests, all-or-nothing writing; on the demo table and on ../shared/reference/wiod2013-2011.
 */
class TableReportTest {
    static final Path WIOD = Path.of("../shared/reference/wiod2013-2011");

    @TempDir
    Path tmp;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** The value of {@code col} in the row of the page's table {@code cls} whose first cells are {@code keys}. */
    static double cell(String html, String cls, String col, String... keys) {
        StringBuilder row = new StringBuilder("<tr>");
        for (String k : keys) {
            row.append("<td>").append(k).append("</td>");
        }
        String table = "";
        int r = -1;
        for (int start = html.indexOf("<table class=\"" + cls + "\">"); start >= 0 && r < 0;
                start = html.indexOf("<table class=\"" + cls + "\">", start + 1)) {
            table = html.substring(start, html.indexOf("</table>", start));
            r = table.indexOf(row.toString());
        }
        assertTrue(r >= 0, cls + ": no row " + List.of(keys));
        String line = table.substring(r, table.indexOf("</tr>", r));
        Matcher m = Pattern.compile("data-col=\"" + Pattern.quote(col) + "\" data-v=\"([^\"]+)\"").matcher(line);
        assertTrue(m.find(), cls + ": no column " + col + " in " + line);
        return Double.parseDouble(m.group(1));
    }

    static void sectionsPresent(String html, MrioTable io) {
        for (String id : List.of("loaded", "participation", "pairs", "profiles", "computed")) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), "section " + id);
        }
        assertTrue(html.contains(io.getCountries().size() + " countries × " + io.getSectors().size() + " sectors"));
        assertTrue(html.contains("tolerance 1e-09"), "the stated tolerance");
        assertTrue(html.contains("bm2025().trade().exporters()"), "the chain of the participation numbers");
        assertEquals(io.getCountries().size(), count(html, "<details id=\"profile-"), "one profile per country");
        assertEquals(3, count(html, "<svg "), "bars, map, pairs");
    }

    static int count(String s, String what) {
        return s.split(Pattern.quote(what), -1).length - 1;
    }

    /** Nothing a browser loads: no script, link, img, iframe, object, @import, external url(); hrefs are anchors or docs pages. */
    static void loadsNothing(String html) {
        for (String tag : List.of("<script", "<link", "<img", "<iframe", "<object", "<embed", "@import", "<base")) {
            assertFalse(html.toLowerCase(Locale.ROOT).contains(tag), "page contains " + tag);
        }
        assertFalse(Pattern.compile("\\ssrc=").matcher(html).find(), "a src attribute");
        Matcher u = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
        while (u.find()) {
            assertTrue(u.group(1).startsWith("#"), "url(" + u.group(1) + ")");
        }
        Matcher h = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        int docs = 0;
        while (h.find()) {
            String v = h.group(1);
            if (v.startsWith("#")) {
                continue;
            }
            assertTrue(v.startsWith("dsl-docs/") && v.endsWith(".md"), "href outside the docs: " + v);
            docs++;
        }
        assertEquals(6, docs, "links to the dsl-docs pages (followed only when clicked)");
        // the only absolute URLs are the SVG namespace names
        Matcher a = Pattern.compile("(https?:)?//[^\"'\\s<]*").matcher(html);
        while (a.find()) {
            assertTrue(a.group().equals("http://www.w3.org/2000/svg") || a.group().equals("http://www.w3.org/1999/xlink"),
                    "absolute URL in the page: " + a.group());
        }
    }

    static void numbersEqualTheDsl(String html, MrioTable io, int top) {
        MeasureTable p = io.decompose().bm2025().trade().exporters();
        for (String c : io.getCountries()) {
            for (String col : List.of("participation_F", "participation_B", "share_GVC", "E")) {
                assertEquals(p.value(col, c), cell(html, "participation", col, c), c + " " + col);
            }
            double f = cell(html, "participation", "participation_F", c);
            double b = cell(html, "participation", "participation_B", c);
            assertEquals(cell(html, "participation", "share_GVC", c), f + b, 1e-12, c + ": F + B = share_GVC");
        }
        MeasureTable pairs = io.decompose().bm2025().trade().exporters().importers();
        double[] e = pairs.column("E");
        double[] sorted = e.clone();
        java.util.Arrays.sort(sorted);
        double threshold = sorted[sorted.length - top];
        int shown = 0;
        List<String> ex = pairs.keys("exporter");
        List<String> im = pairs.keys("importer");
        for (int i = 0; i < e.length; i++) {
            if (e[i] > threshold) {
                double pageE = cell(html, "pairs", "E", ex.get(i), im.get(i));
                assertEquals(e[i], pageE, ex.get(i) + "→" + im.get(i));
                double sum = cell(html, "pairs", "DAVAX", ex.get(i), im.get(i)) + cell(html, "pairs", "GVC_PF", ex.get(i), im.get(i))
                        + cell(html, "pairs", "GVC_TS", ex.get(i), im.get(i)) + cell(html, "pairs", "GVC_PB", ex.get(i), im.get(i));
                assertEquals(pageE, sum, 1e-9 * pageE, "tripartite parts sum to E");
                shown++;
            }
        }
        assertTrue(shown >= 1 && shown <= top);
        int start = html.indexOf("<table class=\"pairs\">");
        assertEquals(top, count(html.substring(start, html.indexOf("</table>", start)), "<tr><td>"), "rows of the pairs table");
    }

    @Test
    void theDemoPageHasItsSectionsAndTheDslsNumbers() {
        MrioTable io = Gvc.demo();
        String html = TableReport.of(io).top(7).toHtml();
        sectionsPresent(html, io);
        numbersEqualTheDsl(html, io, 7);
        loadsNothing(html);
        assertEquals(Gvc.demo().decompose().bm2025().trade().exporters().bySector().value("participation_B", "MEX", "Energy"),
                cell(html, "profile", "participation_B", "MEX", "Energy"));
    }

    @Test
    void profilesAndTopAreChecked() {
        MrioTable io = Gvc.demo();
        String html = TableReport.of(io).profiles("MEX", "DEU").toHtml();
        assertEquals(2, count(html, "<details id=\"profile-"));
        GvcException e = assertThrows(GvcException.class, () -> TableReport.of(io).profiles("XXX"));
        assertTrue(e.getMessage().contains("no country 'XXX'") && e.getMessage().contains("DEU"), e.getMessage());
        assertThrows(GvcException.class, () -> TableReport.of(io).top(0));
        assertThrows(GvcException.class, () -> TableReport.of(io).docsAt("x\"><script>"));
        assertTrue(TableReport.of(io).docsAt("../docs").toHtml().contains("href=\"../docs/verbs/exporters.md\""));
    }

    @Test
    void writingIsAllOrNothing() throws Exception {
        MrioTable io = Gvc.demo();
        Path file = Files.writeString(tmp.resolve("file"), "x");
        GvcException e = assertThrows(GvcException.class, () -> TableReport.of(io).writeHtml(file.resolve("r.html")));
        assertTrue(e.getMessage().startsWith("report: cannot write " + file.resolve("r.html")), e.getMessage());
        Path ok = TableReport.of(io).writeHtml(tmp.resolve("out/r.html"));
        List<Path> pngs = TableReport.of(io).writePngs(tmp.resolve("out"), "r");
        assertEquals(3, pngs.size());
        for (Path p : pngs) {
            BufferedImage img = ImageIO.read(p.toFile());
            assertEquals(2000, img.getWidth(), p.toString());
        }
        try (var s = Files.list(tmp.resolve("out"))) {
            assertEquals(List.of("r-map.png", "r-pairs.png", "r-participation.png", "r.html"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
        assertEquals(TableReport.of(io).toHtml(), Files.readString(ok));
    }

    @Test
    void wiod2013Of2011() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(WIOD), WIOD + " absent (the project's ../shared reference data): skipping");
        MrioTable io = Gvc.load(WIOD);
        long t0 = System.nanoTime();
        String html = TableReport.of(io).toHtml();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        sectionsPresent(html, io);
        numbersEqualTheDsl(html, io, 10);
        loadsNothing(html);
        System.out.printf(Locale.ROOT, "wiod2013-2011 report: %,d bytes, %d ms (%d countries x %d sectors)%n",
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, ms, io.getCountries().size(),
                io.getSectors().size());
        assertTrue(html.length() < 5_000_000, "page size " + html.length());
    }

    // headless Chromium through the chart tests' helper: no network request, then the page's own pixel checks

    @Test
    void chromiumRendersTheDemoPageNonBlankWithoutNetworkRequests() throws Exception {
        Path chromium = RecipeCharts.requireChromium();
        Path page = TableReport.of(Gvc.demo()).writeHtml(tmp.resolve("report.html"));
        BufferedImage img = RecipeCharts.renderOffline(chromium, tmp, page, "--window-size=1200,3000");
        // the map (second figure) must be drawn: count coloured pixels per band of the page
        long ink = 0;
        long blue = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 255;
                int g = (rgb >> 8) & 255;
                int b = rgb & 255;
                ink += r + g + b < 3 * 240 ? 1 : 0;
                blue += b > r + 40 && b > g ? 1 : 0;
            }
        }
        double share = ink / (double) (img.getWidth() * img.getHeight());
        assertTrue(share > 0.05, "the rendered page is blank (non-white share " + share + ")");
        assertTrue(blue > 20_000, "few blue pixels (" + blue + "): bars and map not drawn");
        System.out.printf(Locale.ROOT, "chromium report: non-white share %.3f, blue pixels %d, no page requests%n", share, blue);
    }
}
