package org.gvc4j.chart;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.gvc4j.error.GvcException;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.w3c.dom.Document;

/**
 * The chart as SVG (JFreeChart drawn into Batik's SVGGraphics2D, ../shared/docs/charts.md §4 option A) with a
 * transparent overlay of one {@code <rect><title>} per data point for native hover tooltips, and as one offline HTML
 * page: inline SVG, no script, nothing loaded from anywhere.
 */
final class Html {
    static final String SVG_NS = "http://www.w3.org/2000/svg";

    private Html() {
    }

    static String svg(Chart c) {
        Render.Built b = Render.build(c);
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new GvcException("cannot create an SVG document: " + e.getMessage(), e);
        }
        SVGGraphics2D g2 = new SVGGraphics2D(doc);
        g2.setSVGCanvasSize(new Dimension(c.width, c.height));
        ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
        b.chart().draw(g2, new Rectangle2D.Double(0, 0, c.width, c.height), info);
        StringWriter w = new StringWriter();
        try {
            g2.stream(w, true);
        } catch (IOException e) {
            throw new GvcException("cannot write SVG: " + e.getMessage(), e);
        }
        String svg = w.toString().replaceFirst("(?s)^\\s*<\\?xml.*?\\?>\\s*", "").replaceFirst("(?s)<!DOCTYPE.*?>\\s*", "");
        svg = svg.replaceFirst("<svg ", "<svg viewBox=\"0 0 " + c.width + " " + c.height + "\" role=\"img\" ");
        StringBuilder tips = new StringBuilder("<g class=\"gvc-tips\" style=\"fill:transparent;stroke:none\">\n");
        for (Object o : info.getEntityCollection().getEntities()) {
            ChartEntity e = (ChartEntity) o;
            String text = e.getToolTipText();
            if (!(e instanceof XYItemEntity || e instanceof CategoryItemEntity
                    || e instanceof org.jfree.chart.entity.XYAnnotationEntity) || text == null || text.isBlank()) {
                continue;
            }
            Rectangle2D r = e.getArea().getBounds2D();
            tips.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"transparent\" stroke=\"none\"><title>%s</title></rect>\n",
                    r.getX(), r.getY(), Math.max(r.getWidth(), 1), Math.max(r.getHeight(), 1), escape(text)));
        }
        tips.append("</g>\n");
        svg = svg.replace("font-family:'Dialog'", "font-family:'" + Style.FAMILY + "'");
        int end = svg.lastIndexOf("</svg");
        return svg.substring(0, end) + tips + svg.substring(end);
    }

    static String page(Chart c) {
        String title = c.title == null ? "Chart" : c.title;
        StringBuilder h = new StringBuilder();
        h.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(escape(title))
                .append("</title>\n<style>\n")
                .append("body{font-family:\"DejaVu Sans\",sans-serif;margin:24px;color:#222;max-width:1100px}\n")
                .append("figure{margin:0}figure svg{width:100%;height:auto;display:block}\n")
                .append("figcaption{font-size:13px;color:#555;margin-top:6px}\n")
                .append(".gvc-tips rect:hover{fill:rgba(0,0,0,0.12)}\n")
                .append("table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ddd;padding:2px 6px}\n")
                .append("td.n{text-align:right}summary{cursor:pointer;margin-top:12px}\n")
                .append("</style>\n</head>\n<body>\n<figure>\n").append(svg(c)).append("<figcaption>");
        List<String> notes = new ArrayList<>();
        if (c.source != null) {
            notes.add(escape(c.source));
        }
        if (c.synthetic) {
            notes.add("<strong>Synthetic data</strong> (seeded simulation): illustration only");
        }
        notes.add("Hover over a point or bar for its values.");
        h.append(String.join(" · ", notes)).append("</figcaption>\n</figure>\n");
        h.append(dataTable(c));
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /** The chart's columns as a collapsed table (at most 2,000 rows), for reading and for screen readers. */
    static String dataTable(Chart c) {
        List<String> cols = new ArrayList<>();
        for (String s : c.columns) {
            if (s != null && !cols.contains(s)) {
                cols.add(s);
            }
        }
        if (c.labelColumn != null && !cols.contains(c.labelColumn)) {
            cols.add(0, c.labelColumn);
        }
        int n = Math.min(c.data.rowCount(), 2000);
        StringBuilder t = new StringBuilder("<details>\n<summary>Data (" + c.data.rowCount() + " rows"
                + (n < c.data.rowCount() ? ", first " + n + " shown" : "") + ")</summary>\n<table>\n<tr>");
        for (String s : cols) {
            t.append("<th>").append(escape(s)).append("</th>");
        }
        t.append("</tr>\n");
        for (int i = 0; i < n; i++) {
            t.append("<tr>");
            for (String s : cols) {
                boolean num = c.data.column(s) instanceof tech.tablesaw.api.NumericColumn<?>;
                String v = num ? (c.data.column(s).isMissing(i) ? "" : Style.plain().format(
                        ((tech.tablesaw.api.NumericColumn<?>) c.data.column(s)).getDouble(i))) : c.data.column(s).getString(i);
                t.append(num ? "<td class=\"n\">" : "<td>").append(escape(v)).append("</td>");
            }
            t.append("</tr>\n");
        }
        return t.append("</table>\n</details>\n").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static Path write(Path file, String text) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GvcException("cannot write chart " + file + ": " + e.getMessage(), e);
        }
    }
}
