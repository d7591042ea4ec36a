package org.gvc4j.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gvc4j.error.GvcException;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import tech.tablesaw.api.Table;

/** Charts without a browser: the model, the PNG's pixels, the SVG as XML, the HTML's self-containment, label placement. */
class ChartTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void rendersHeadless() throws Exception {
        Path png = Fixtures.everyType().get(0).savePng(tmp.resolve("h.png"));
        assertTrue(GraphicsEnvironment.isHeadless(), "java.awt.headless must be in force");
        assertEquals(2000, ImageIO.read(png.toFile()).getWidth());
    }

    @TestFactory
    List<DynamicTest> everyTypeWritesASensiblePng() {
        List<DynamicTest> out = new ArrayList<>();
        for (Chart c : Fixtures.everyType()) {
            out.add(DynamicTest.dynamicTest(c.getType().name(), () -> {
                BufferedImage img = ImageIO.read(c.savePng(tmp.resolve(c.getType() + ".png")).toFile());
                assertEquals(2 * c.width, img.getWidth());
                assertEquals(2 * c.height, img.getHeight());
                long ink = 0;
                long blue = 0;
                long titleInk = 0;
                for (int y = 0; y < img.getHeight(); y++) {
                    for (int x = 0; x < img.getWidth(); x++) {
                        Color p = new Color(img.getRGB(x, y));
                        boolean notWhite = p.getRed() + p.getGreen() + p.getBlue() < 3 * 245;
                        ink += notWhite ? 1 : 0;
                        blue += near(p, Style.PALETTE[0]) || near(p, new Color(0x56B4E9)) || near(p, Render.BLUES[4]) ? 1 : 0;
                        titleInk += y < 60 && p.getRed() + p.getGreen() + p.getBlue() < 150 ? 1 : 0;
                    }
                }
                double share = ink / (double) (img.getWidth() * img.getHeight());
                assertTrue(share > 0.02 && share < 0.6, c.getType() + ": non-background share " + share);
                assertTrue(blue > 100, c.getType() + ": the first palette colour is missing (" + blue + " pixels)");
                assertTrue(titleInk > 200, c.getType() + ": no dark pixels in the title band");
            }));
        }
        return out;
    }

    static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue()) < 40;
    }

    @TestFactory
    List<DynamicTest> everyTypeWritesWellFormedSvgAndAnOfflineHtmlPage() {
        List<DynamicTest> out = new ArrayList<>();
        for (Chart c : Fixtures.everyType()) {
            out.add(DynamicTest.dynamicTest(c.getType().name(), () -> {
                String svg = c.toSvg();
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
                assertEquals("svg", doc.getDocumentElement().getLocalName());
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < doc.getElementsByTagNameNS(Html.SVG_NS, "text").getLength(); i++) {
                    texts.add(doc.getElementsByTagNameNS(Html.SVG_NS, "text").item(i).getTextContent().strip());
                }
                assertTrue(texts.contains(c.title), c.getType() + ": title not a <text>: " + texts);
                if (c.yLabel != null && c.type != Chart.Type.SMALL_MULTIPLES) {
                    assertTrue(texts.contains(c.yLabel), c.getType() + ": y label missing: " + texts);
                }
                assertTrue(svg.contains("font-family:&apos;DejaVu Sans&apos;") || svg.contains("DejaVu Sans")
                        || !Style.FAMILY.equals("DejaVu Sans"), "physical font family in the SVG");
                int tips = doc.getElementsByTagNameNS(Html.SVG_NS, "title").getLength();
                assertEquals(dataPoints(c), tips, c.getType() + ": one tooltip per data point");
                String html = c.toHtml();
                assertTrue(html.startsWith("<!doctype html>") && html.contains("<svg"), "an HTML page with inline SVG");
                assertNoExternalReferences(html);
                Path file = c.saveHtml(tmp.resolve(c.getType() + ".html"));
                assertEquals(html, Files.readString(file));
            }));
        }
        return out;
    }

    /** The number of data points each fixture draws (what the tooltips must cover). */
    static int dataPoints(Chart c) {
        return switch (c.type) {
            case LINES -> 4 * 31;
            case SCATTER -> 40;
            case SMALL_MULTIPLES -> 4 * 31;
            case COEFFICIENTS -> 6;
            case STACKED_BARS -> 15;
            case BARS -> 4;
            case STEPS -> 3; // A: 1990, 1995, 2010; B: 1995, 2000; JFreeChart's step renderer gives a series' first point no entity
            case EVENT_STUDY -> 7;
            case BOXES -> 4;
            case MAP -> World.shapes().size(); // one tooltip per country outline, with or without data
        };
    }

    static final Pattern EXTERNAL = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)|url\\(\\s*[\"']?(https?:|//)|@import");

    static void assertNoExternalReferences(String html) {
        Matcher m = EXTERNAL.matcher(html);
        assertFalse(m.find(), "external reference: " + (m.hitEnd() ? "" : html.substring(Math.max(0, m.start() - 40),
                Math.min(html.length(), m.end() + 40))));
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), "no script");
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<link"), "no linked resources");
    }

    @RepeatedTest(5)
    void scatterLabelsNeverOverlapAndStayInThePlot(RepetitionInfo info) {
        Table t = Fixtures.scatter(60 + 20 * info.getCurrentRepetition(), info.getCurrentRepetition());
        Chart c = Chart.scatter(t, "x", "y").labels("iso3").diagonal().title("labels").xLabel("x (units)").yLabel("y (units)");
        Render.Built b = Render.build(c);
        LabelPlacer.Result r = b.labels();
        assertTrue(r != null);
        List<LabelPlacer.Placed> placed = r.placed();
        assertEquals(t.rowCount(), placed.size() + r.dropped().size(), "every label is placed or reported dropped");
        assertTrue(placed.size() >= t.rowCount() / 3, "most labels should find room: " + placed.size());
        int overlaps = 0;
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                if (placed.get(i).bounds().intersects(placed.get(j).bounds())) {
                    overlaps++;
                }
            }
        }
        assertEquals(0, overlaps, "intersecting label boxes");
        XYPlot p = b.chart().getXYPlot();
        long annotations = p.getAnnotations().stream().filter(a -> a instanceof XYTextAnnotation).count();
        assertEquals(placed.size(), annotations, "one text annotation per placed label");
        // the boxes stay inside the data area, measured again on a fresh layout
        org.jfree.chart.ChartRenderingInfo info2 = new org.jfree.chart.ChartRenderingInfo();
        BufferedImage img = new BufferedImage(c.width, c.height, BufferedImage.TYPE_INT_RGB);
        b.chart().draw(img.createGraphics(), new Rectangle2D.Double(0, 0, c.width, c.height), info2);
        Rectangle2D area = info2.getPlotInfo().getDataArea();
        for (LabelPlacer.Placed l : placed) {
            assertTrue(area.contains(l.bounds()), l.text() + " leaves the plot: " + l.bounds() + " vs " + area);
        }
        // 45-degree line: equal x and y ranges
        assertEquals(p.getDomainAxis().getRange(), p.getRangeAxis().getRange());
    }

    @Test
    void labelPlacerOnAPileOfIdenticalPoints() {
        double[] x = new double[30];
        double[] y = new double[30];
        String[] s = new String[30];
        for (int i = 0; i < 30; i++) {
            x[i] = 200;
            y[i] = 200;
            s[i] = "LBL" + i;
        }
        LabelPlacer.Result r = LabelPlacer.place(x, y, s, Style.font(java.awt.Font.PLAIN, 10),
                new Rectangle2D.Double(0, 0, 400, 400), 3.5);
        assertEquals(30, r.placed().size() + r.dropped().size());
        assertFalse(r.dropped().isEmpty(), "24 positions around one point cannot hold 30 labels");
        for (int i = 0; i < r.placed().size(); i++) {
            for (int j = i + 1; j < r.placed().size(); j++) {
                assertFalse(r.placed().get(i).bounds().intersects(r.placed().get(j).bounds()));
            }
        }
    }

    @Test
    void coefficientPlotHasOnePanelPerGroupOnOneScaleWithTheIntervals() {
        Chart c = Fixtures.everyType().get(3);
        CombinedDomainXYPlot p = (CombinedDomainXYPlot) Render.build(c).chart().getPlot();
        assertEquals(2, p.getSubplots().size());
        assertEquals(p.getSubplots().get(0).getRangeAxis().getRange(), p.getSubplots().get(1).getRangeAxis().getRange());
        YIntervalSeriesCollection d = (YIntervalSeriesCollection) p.getSubplots().get(1).getDataset();
        assertEquals(0.3, d.getYValue(0, 0));
        assertEquals(0.05, d.getStartYValue(0, 0));
        assertEquals(0.55, d.getEndYValue(0, 0));
        assertEquals(org.jfree.chart.plot.PlotOrientation.HORIZONTAL, p.getSubplots().get(0).getOrientation());
    }

    @Test
    void yearAxesPrintYearsWithoutGrouping() {
        Chart c = Fixtures.everyType().get(0);
        String svg = c.toSvg();
        assertTrue(svg.contains(">2000<") || svg.contains(">2000 <") || svg.contains(">2,000<") == false, "year ticks");
        assertFalse(svg.contains(">2,000<"), "no grouping separator in years");
        assertTrue(svg.contains(">2000<") || svg.contains(">2010<"), "year ticks printed as years");
    }

    @Test
    void mapShipsNaturalEarthOutlinesAndNamesUnknownCodes() {
        assertTrue(World.shapes().size() > 170, "countries on the map: " + World.shapes().size());
        assertTrue(World.shapes().containsKey("DEU") && World.shapes().containsKey("XKX") && !World.shapes().containsKey("ATA"));
        assertTrue(ChartTest.class.getResource("/org/gvc4j/chart/LICENSE-world.txt") != null, "the map's licence note ships");
        Chart c = Fixtures.everyType().get(9);
        String svg = c.toSvg();
        assertTrue(svg.contains("Not on the map: XXX"), "unknown codes are named");
        assertTrue(svg.contains("<title>DEU: 55</title>") && svg.contains("<title>FRA: no data</title>"), "country tooltips");
        assertEquals(0, Render.classOf(1, new double[] {1, 2, 3, 4, 5, 6}));
        assertEquals(4, Render.classOf(6, new double[] {1, 2, 3, 4, 5, 6}));
        assertEquals(2, Render.classOf(3.5, new double[] {1, 2, 3, 4, 5, 6}));
    }

    @Test
    void syntheticDataIsMarkedOnTheChartAndThePage() {
        Chart c = Fixtures.everyType().get(3);
        assertTrue(c.toSvg().contains("Synthetic data"));
        assertTrue(c.toHtml().contains("<strong>Synthetic data</strong>"));
    }

    @Test
    void clearErrors() {
        GvcException e = assertThrows(GvcException.class,
                () -> Libraries.require("org.jfree.chart.NoSuchChart", Libraries.JFREECHART, "draw charts"));
        assertTrue(e.getMessage().contains("org.jfree:jfreechart:1.5.6"), e.getMessage());
        Table t = Fixtures.years();
        assertThrows(GvcException.class, () -> Chart.lines(t, "year", "nope", null));
        assertThrows(GvcException.class, () -> Chart.lines(t, "year", "ratio", null).percent());
        assertThrows(GvcException.class, () -> Chart.lines(t, "year", "ratio", null).size(10, 10));
        GvcException dup = assertThrows(GvcException.class, () -> Chart.lines(t, "year", "ratio", null).savePng(tmp.resolve("d.png")));
        assertTrue(dup.getMessage().contains("aggregate first"), dup.getMessage());
    }
}
