package org.gvc4j.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The chart checks of the recipe tests, for recipe tests in other packages (deals). */
public final class RecipeCharts {
    private RecipeCharts() {
    }

    /**
     * The chart {@code stem} under {@code dir}: PNG decodes, is large enough and not blank, SVG and HTML hold the
     * inline chart, and the HTML renders non-blank with no network request in headless Chromium (skipped, with a
     * message, where Chromium is absent).
     */
    public static void assertChart(Path dir, String stem, Path tmp) throws Exception {
        ChartRecipeTest.assertDrawn(dir, stem);
        Optional<Path> chromium = ChromiumRenderTest.find();
        if (chromium.isPresent()) {
            double share = ChromiumRenderTest.assertRendersOffline(chromium.get(),
                    Files.createDirectories(tmp.resolve("chromium-" + stem)), dir.resolve(stem + ".html"));
            System.out.printf(Locale.ROOT, "%s.html: non-white share %.3f in Chromium, no network requests%n", stem, share);
        } else {
            System.out.println(stem + ".html: chromium not installed, the headless render check is skipped");
        }
    }

    /** Chromium for a test in another package: skipped with a message where absent, failing under CI=true. */
    public static Path requireChromium() {
        return ChromiumRenderTest.require();
    }

    /**
     * Opens {@code page} in headless Chromium with the extra arguments (e.g. {@code --window-size=1200,3000}), asserts
     * it requested nothing from the network and returns the screenshot.
     */
    public static java.awt.image.BufferedImage renderOffline(Path chromium, Path tmp, Path page, String... extra)
            throws Exception {
        return ChromiumRenderTest.renderOffline(chromium, tmp, page, extra);
    }
}
