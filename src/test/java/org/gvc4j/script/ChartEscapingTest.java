package org.gvc4j.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sandboxed recipe's chart with markup in every user string (title, column names used as axis labels, group
 * labels): the SVG and the offline HTML page hold it as escaped text, never as markup (issue 13 item 5).
 */
class ChartEscapingTest {
    @TempDir
    Path tmp;

    @Test
    void markupInTitlesAndLabelsIsWrittenEscaped() throws IOException {
        Path out = tmp.resolve("out");
        String x = "<img src=x onerror=alert(2)>";
        String y = "y\"><script>alert(3)</script>";
        String group = "</svg><script>alert(4)</script>";
        String src = String.join("\n",
                "import org.gvc4j.chart.Chart",
                "def t = Table.create('t', DoubleColumn.create('" + x + "', [1, 2, 3, 4] as double[]),",
                "    DoubleColumn.create('" + y.replace("\"", "\\\"") + "', [3, 1, 2, 5] as double[]),",
                "    StringColumn.create('g', ['" + group + "', '" + group + "', 'b&c', 'b&c']))",
                "chart(Chart.lines(t, '" + x + "', '" + y.replace("\"", "\\\"") + "', 'g')"
                        + ".title('<script>alert(1)</script>'), args[0] + '/inj')", "");
        assertEquals("", Recipes.run(src, "r.groovy", true, List.of(out.toString()), List.of(out), out));
        for (String ext : List.of("svg", "html")) {
            String text = Files.readString(out.resolve("inj." + ext));
            assertFalse(text.contains("<script>alert"), ext + " holds a script element:\n" + text);
            assertFalse(text.contains("<img src=x"), ext + " holds an img element");
            assertFalse(text.contains("</svg><script"), ext + " closes the svg early");
            assertTrue(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), ext + " keeps the title as text");
        }
        assertTrue(Files.size(out.resolve("inj.png")) > 0);
    }
}
