package org.gvc4j.report;

import java.util.List;
import java.util.Locale;
import org.gvc4j.MrioTable;
import org.gvc4j.model.IoTable;
import org.gvc4j.result.MeasureTable;

/** The HTML of a {@link TableReport}: inline CSS, inline SVG, no script, nothing loaded. */
final class Page {
    private Page() {
    }

    static String html(TableReport r, MrioTable io, int top, List<String> profiles) {
        IoTable d = io.getData();
        StringBuilder h = new StringBuilder(1 << 16);
        String title = "gvc4j report: " + io.getName();
        h.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title))
                .append("</title>\n<style>\n")
                .append("body{font-family:\"DejaVu Sans\",sans-serif;margin:24px auto;color:#222;max-width:1100px;padding:0 16px}\n")
                .append("h1{font-size:24px}h2{font-size:19px;border-bottom:1px solid #ccc;padding-bottom:4px;margin-top:32px}\n")
                .append("figure{margin:12px 0}figure svg{width:100%;height:auto;display:block}\n")
                .append("table{border-collapse:collapse;font-size:12px;margin:8px 0}td,th{border:1px solid #ddd;padding:2px 6px}\n")
                .append("th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}\n")
                .append("summary{cursor:pointer;margin-top:8px}code{font-size:12px;background:#f6f6f6;padding:1px 3px}\n")
                .append(".gvc-tips rect:hover{fill:rgba(0,0,0,0.12)}dl{display:grid;grid-template-columns:max-content auto;gap:2px 14px}dt{font-weight:bold}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        h.append("<nav><a href=\"#loaded\">Loaded table</a> · <a href=\"#participation\">Participation</a> · "
                + "<a href=\"#pairs\">Largest flows</a> · <a href=\"#profiles\">Profiles</a> · "
                + "<a href=\"#computed\">How computed</a></nav>\n");

        // 1. loaded
        h.append("<section id=\"loaded\">\n<h2>1. What was loaded</h2>\n<dl>\n");
        dt(h, "Source", io.getName());
        dt(h, "Size", io.getCountries().size() + " countries × " + io.getSectors().size() + " sectors = "
                + io.getSize() + " industries");
        dt(h, "Conventions", String.valueOf(io.getConventions()));
        List<String> zero = TableFacts.zeroOutput(d);
        dt(h, "Zero-output industries", zero.size() + (zero.isEmpty() ? "" : ": " + String.join(", ", zero)));
        dt(h, "Balance", (TableFacts.balanced(d) ? "balanced" : "NOT balanced") + " (largest relative gap "
                + String.format(Locale.ROOT, "%.3g", TableFacts.worstRelativeGap(d)) + ", tolerance "
                + TableReport.tolerance() + " of the industry's output)");
        h.append("</dl>\n<pre>");
        for (String line : TableFacts.balanceLines(d)) {
            h.append(esc(line.strip())).append('\n');
        }
        h.append("</pre>\n</section>\n");

        // 2. participation
        MeasureTable p = r.participation();
        h.append("<section id=\"participation\">\n<h2>2. GVC participation by exporter</h2>\n")
                .append("<p>Shares of gross exports <code>E</code> (%), BMT2025 trade measures. Forward participation = "
                        + "<code>GVC_PF / E</code>; backward = <code>(GVC_TS + GVC_PB) / E</code>; their sum is "
                        + "<code>share_GVC</code>·100. Sorted by GVC share.</p>\n");
        MeasureTable ps = p.sortDescendingBy("share_GVC");
        table(h, ps, "participation", new String[] {"E", "DAVAX", "GVC", "participation_F", "participation_B", "share_GVC"},
                new boolean[] {false, false, false, true, true, true});
        figure(h, r.participationChart().toSvg(), "Forward, two-sided and pure backward GVC trade, % of gross exports.");
        figure(h, r.mapChart().toSvg(), "GVC-related trade, % of gross exports; grey: no value (regions such as ROW are not on the map).");
        h.append("</section>\n");

        // 3. pairs
        MeasureTable pairs = r.largestPairs();
        h.append("<section id=\"pairs\">\n<h2>3. Tripartite split of the ").append(pairs.getRowCount())
                .append(" largest bilateral flows</h2>\n<p>Gross exports <code>E = DAVAX + GVC_PF + GVC_TS + GVC_PB</code>"
                        + " by exporter → importer, in the table's units.</p>\n");
        table(h, pairs, "pairs", new String[] {"E", "DAVAX", "GVC_PF", "GVC_TS", "GVC_PB", "share_GVC"},
                new boolean[] {false, false, false, false, false, true});
        figure(h, r.pairsChart().toSvg(), "Traditional trade and the three parts of GVC trade of each flow.");
        h.append("</section>\n");

        // 4. profiles
        h.append("<section id=\"profiles\">\n<h2>4. Country profiles by sector</h2>\n<p>Each exporter's trade measures "
                + "by exporting sector (shares in %). Click a country to open it.</p>\n");
        MeasureTable sec = io.decompose().bm2025().trade().exporters().bySector();
        for (String c : profiles) {
            MeasureTable one = sec.where("exporter", c);
            h.append("<details id=\"profile-").append(esc(c)).append("\">\n<summary>").append(esc(c))
                    .append("</summary>\n");
            table(h, one, "profile", new String[] {"E", "GVC", "participation_F", "participation_B", "share_GVC", "position"},
                    new boolean[] {false, false, true, true, true, false});
            h.append("</details>\n");
        }
        h.append("</section>\n");

        // 5. how computed
        h.append("<section id=\"computed\">\n<h2>5. How each number was computed</h2>\n<ul>\n");
        computed(r, h, "Participation table, bars and map", p, "verbs/exporters.md");
        computed(r, h, "Largest bilateral flows", pairs, "verbs/importers.md");
        computed(r, h, "Country profiles", sec, "verbs/bySector.md");
        h.append("</ul>\n<p>Column meanings: <a href=\"").append(r.docs())
                .append("glossary.md\">glossary</a>; the method: <a href=\"").append(r.docs())
                .append("verbs/bm2025.md\">bm2025</a>, <a href=\"").append(r.docs())
                .append("verbs/trade.md\">trade</a>. Balance facts: as <code>gvc info</code> prints them.</p>\n")
                .append("</section>\n<footer><p>Written by gvc4j <code>gvc report</code>. Self-contained: nothing on this "
                        + "page is loaded from anywhere.</p></footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void computed(TableReport r, StringBuilder h, String what, MeasureTable t, String page) {
        h.append("<li><b>").append(esc(what)).append("</b>: <code>").append(esc(t.getChain())).append("</code> — ")
                .append(esc(t.getPaper())).append("; ").append(esc(t.getSource())).append(" (<a href=\"")
                .append(r.docs()).append(page).append("\">").append(esc(page)).append("</a>)");
        if (!t.getNotes().isEmpty()) {
            h.append("<br>Notes: ").append(esc(String.join("; ", t.getNotes())));
        }
        h.append("</li>\n");
    }

    /**
     * Batik numbers its clip paths from 1 in every SVG; several inline SVGs in one page would share the ids (and the
     * browser would clip the second chart with the first one's paths), so each SVG's ids get their own prefix.
     */
    static String uniqueIds(String svg, String prefix) {
        return svg.replace("id=\"", "id=\"" + prefix).replace("url(#", "url(#" + prefix)
                .replace("href=\"#", "href=\"#" + prefix);
    }

    private static void figure(StringBuilder h, String svg, String caption) {
        int n = 0;
        for (int i = h.indexOf("<figure>"); i >= 0; i = h.indexOf("<figure>", i + 1)) {
            n++;
        }
        h.append("<figure>\n").append(uniqueIds(svg, "f" + n + "-")).append("<figcaption>").append(esc(caption)).append("</figcaption>\n</figure>\n");
    }

    /** A table of the key columns and {@code cols}; percent columns are shown ×100 with 2 decimals; data-v holds the value. */
    private static void table(StringBuilder h, MeasureTable t, String cls, String[] cols, boolean[] percent) {
        List<String> keys = t.getKeyNames();
        h.append("<table class=\"").append(cls).append("\">\n<tr>");
        for (String k : keys) {
            h.append("<th>").append(esc(k)).append("</th>");
        }
        for (int j = 0; j < cols.length; j++) {
            h.append("<th>").append(esc(cols[j])).append(percent[j] ? " (%)" : "").append("</th>");
        }
        h.append("</tr>\n");
        double[][] v = new double[cols.length][];
        for (int j = 0; j < cols.length; j++) {
            v[j] = t.column(cols[j]);
        }
        for (int i = 0; i < t.getRowCount(); i++) {
            h.append("<tr>");
            for (String k : keys) {
                h.append("<td>").append(esc(t.keys(k).get(i))).append("</td>");
            }
            for (int j = 0; j < cols.length; j++) {
                double x = v[j][i];
                String shown = Double.isNaN(x) ? "NA" : percent[j] ? String.format(Locale.ROOT, "%.2f", 100 * x)
                        : TableFacts.number(x);
                h.append("<td class=\"n\" data-col=\"").append(esc(cols[j])).append("\" data-v=\"")
                        .append(Double.isNaN(x) ? "NA" : Double.toString(x)).append("\">").append(shown).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void dt(StringBuilder h, String k, String v) {
        h.append("<dt>").append(esc(k)).append("</dt><dd>").append(esc(v)).append("</dd>\n");
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
