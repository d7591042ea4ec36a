package org.gvc4j.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.gvc4j.cli.Main;
import org.gvc4j.script.RecipeException;
import org.gvc4j.script.Recipes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chart(c, name) in recipes: draws PNG, SVG and HTML under the output folder, in the sandbox too, and nowhere else. */
class ChartRecipeTest {
    @TempDir
    Path tmp;

    private static final String DRAW = """
            import org.gvc4j.chart.Chart
            import tech.tablesaw.api.DoubleColumn
            import tech.tablesaw.api.StringColumn
            import tech.tablesaw.api.Table
            def t = Table.create("t", StringColumn.create("country", ["AUT", "BEL", "CHE", "DEU"] as String[]),
                    DoubleColumn.create("gvc", [0.41, 0.52, 0.38, 0.47] as double[]))
            def c = Chart.bars(t, "country", "gvc").title("GVC participation").yLabel("share of exports")
                    .source("Source: test")
            """;

    /** Share of pixels that are not near-white. */
    static double ink(BufferedImage img) {
        long ink = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                ink += ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255) < 3 * 240 ? 1 : 0;
            }
        }
        return ink / (double) (img.getWidth() * img.getHeight());
    }

    static void assertDrawn(Path dir, String stem) throws IOException {
        BufferedImage img = ImageIO.read(dir.resolve(stem + ".png").toFile());
        assertTrue(img != null, stem + ".png does not decode");
        assertTrue(img.getWidth() >= 800 && img.getHeight() >= 400, "PNG size " + img.getWidth() + "x" + img.getHeight());
        double share = ink(img);
        assertTrue(share > 0.01, stem + ".png is blank (non-white share " + share + ")");
        String html = Files.readString(dir.resolve(stem + ".html"));
        assertTrue(html.contains("<svg") && !html.contains("http://") || html.contains("http://www.w3.org"),
                stem + ".html holds the inline chart");
        assertTrue(Files.readString(dir.resolve(stem + ".svg")).contains("<svg"), stem + ".svg");
    }

    @Test
    void aSandboxedRecipeDrawsUnderOut() throws IOException {
        Path recipe = Files.writeString(tmp.resolve("draw.groovy"), DRAW + """
                chart(c, args[0] + "/figs/fig1.png").each { println it }
                """);
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        StringWriter std = new StringWriter();
        int code = Main.execute(new String[] {"run", "--sandbox", "--out", out.toString(), recipe.toString(),
            out.toString()}, new PrintWriter(std), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        assertDrawn(out.resolve("figs"), "fig1");
        assertTrue(std.toString().contains(out.resolve("figs/fig1.html").toString()), std.toString());
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("draw.groovy", "out"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private RecipeException refused(String call, Path out) {
        return assertThrows(RecipeException.class, () -> Recipes.run(DRAW + call + "\n", "recipe.groovy", true,
                List.of(out.toString()), List.of(out), out));
    }

    @Test
    void aHostileRecipeCannotDrawOutsideOut() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        int line = (int) DRAW.lines().count() + 1;
        for (String call : List.of("chart(c, args[0] + \"/../x\")", "chart(c, \"" + outside.resolve("abs") + "\")",
                "chart(c, \"../x\")")) {
            RecipeException e = refused(call, out);
            assertTrue(e.getMessage().startsWith("recipe.groovy:" + line + ": "), e.getMessage());
            assertTrue(e.getMessage().contains("write refused"), e.getMessage());
            assertFalse(e.getMessage().contains("\n\tat "), "no stack trace: " + e.getMessage());
        }
        Files.createSymbolicLink(out.resolve("link"), outside);
        RecipeException e = refused("chart(c, args[0] + \"/link/fig\")", out);
        assertTrue(e.getMessage().startsWith("recipe.groovy:" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        try (Stream<Path> s = Files.list(outside)) {
            assertEquals(List.of(), s.toList(), "nothing written through the link or to the absolute path");
        }
        assertFalse(Files.exists(tmp.resolve("x.png")));
    }

    @Test
    void callingTheChartsOwnWriterIsRefused() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        RecipeException e = refused("c.saveHtml(java.nio.file.Path.of(\"" + tmp.resolve("x.html") + "\"))", out);
        assertEquals(RecipeException.REJECTED, e.exitCode(), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("x.html")));
    }
}
