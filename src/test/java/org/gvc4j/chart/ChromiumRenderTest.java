package org.gvc4j.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every chart type's HTML page opened in headless Chromium (Debian's package; {@code .ci/run} installs it): the
 * screenshot is not blank, the rendered DOM holds the inline SVG with its texts and tooltips, and the network log shows
 * that the page requested nothing (Chromium's own calls to Google services are not the page's and are ignored; with no
 * network here they fail anyway). Skips with a message where Chromium is absent.
 */
class ChromiumRenderTest {
    @TempDir
    Path tmp;

    static Path chromium;

    @BeforeAll
    static void findChromium() {
        System.setProperty("java.awt.headless", "true");
        chromium = require();
    }

    /** Chromium, or the calling test is skipped with a message (under CI=true a missing Chromium fails instead). */
    static Path require() {
        Optional<Path> found = find();
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(found.isPresent(), "CI=true but chromium is missing: .ci/run installs it (apt-get install chromium)");
        }
        Assumptions.assumeTrue(found.isPresent(),
                "chromium not found (looked for /usr/bin/chromium and chromium, chromium-headless-shell on PATH): "
                        + "apt-get install chromium to run this test (.ci/run does)");
        return found.get();
    }

    static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/chromium")));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, "chromium"));
                candidates.add(Path.of(dir, "chromium-headless-shell"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    /** Runs headless Chromium on a file URL with the extra arguments; kills its process tree after 60 s. */
    String run(Path page, String... extra) throws Exception {
        return run(chromium, tmp, page, extra);
    }

    /** As {@link #run(Path, String...)} with this Chromium, its profile and output under {@code tmp}. */
    static String run(Path chromium, Path tmp, Path page, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "profile"), "--hide-scrollbars",
                "--virtual-time-budget=5000"));
        if (Arrays.stream(extra).noneMatch(a -> a.startsWith("--window-size="))) {
            cmd.add("--window-size=1100,800");
        }
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri().toString());
        Path out = tmp.resolve("stdout-" + System.nanoTime());
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 60 s on " + page);
        }
        assertEquals(0, p.exitValue(), "chromium exit code on " + page);
        return Files.readString(out);
    }

    static final Pattern URL = Pattern.compile("\"url\":\"([^\"]*)\"");
    static final Pattern BROWSER_OWN = Pattern.compile("^https?://([a-z0-9.-]+\\.)?(google\\.com|googleapis\\.com|gstatic\\.com"
            + "|gvt1\\.com|googleusercontent\\.com)(:\\d+)?/.*");

    /**
     * Opens a page in headless Chromium and asserts what every chart page must do: the screenshot is not blank and the
     * page requested nothing from the network. Returns the non-white share of the screenshot.
     */
    static double assertRendersOffline(Path chromium, Path tmp, Path page) throws Exception {
        double share = ChartRecipeTest.ink(renderOffline(chromium, tmp, page));
        assertTrue(share > 0.01, page + ": the rendered page is blank (non-white share " + share + ")");
        return share;
    }

    /**
     * Opens a page in headless Chromium (with the extra arguments, e.g. a {@code --window-size}), asserts that it
     * requested nothing from the network, and returns its screenshot.
     */
    static BufferedImage renderOffline(Path chromium, Path tmp, Path page, String... extra) throws Exception {
        String stem = page.getFileName().toString().replace(".html", "") + "-" + System.nanoTime();
        Path shot = tmp.resolve(stem + ".png");
        Path net = tmp.resolve(stem + "-net.json");
        List<String> args = new ArrayList<>(List.of(extra));
        args.add("--screenshot=" + shot);
        args.add("--log-net-log=" + net);
        run(chromium, tmp, page, args.toArray(String[]::new));
        List<String> requested = new ArrayList<>();
        Matcher m = URL.matcher(Files.readString(net));
        while (m.find()) {
            String u = m.group(1);
            if (!u.startsWith("file:") && !u.startsWith("data:") && !u.startsWith("chrome") && !u.startsWith("about:")
                    && !BROWSER_OWN.matcher(u).matches()) {
                requested.add(u);
            }
        }
        assertEquals(List.of(), requested, page + ": the page loaded something from the network");
        return ImageIO.read(shot.toFile());
    }

    @Test
    void everyChartPageRendersOfflineAndIsNotBlank() throws Exception {
        StringBuilder index = new StringBuilder("<!doctype html><meta charset=\"utf-8\"><title>all charts</title>\n");
        for (Chart c : Fixtures.everyType()) {
            Path page = c.saveHtml(tmp.resolve(c.getType() + ".html"));
            Path shot = tmp.resolve(c.getType() + ".png");
            Path net = tmp.resolve(c.getType() + "-net.json");
            run(page, "--screenshot=" + shot, "--log-net-log=" + net);
            BufferedImage img = ImageIO.read(shot.toFile());
            long ink = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int rgb = img.getRGB(x, y);
                    ink += ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255) < 3 * 240 ? 1 : 0;
                }
            }
            double share = ink / (double) (img.getWidth() * img.getHeight());
            assertTrue(share > 0.01, c.getType() + ": the rendered page is blank (non-white share " + share + ")");
            List<String> requested = new ArrayList<>();
            Matcher m = URL.matcher(Files.readString(net));
            while (m.find()) {
                String u = m.group(1);
                if (!u.startsWith("file:") && !u.startsWith("data:") && !u.startsWith("chrome") && !u.startsWith("about:")
                        && !BROWSER_OWN.matcher(u).matches()) {
                    requested.add(u);
                }
            }
            assertEquals(List.of(), requested, c.getType() + ": the page loaded something from the network");
            System.out.printf(Locale.ROOT, "chromium %s: non-white share %.3f, no page requests%n", c.getType(), share);
            index.append("<figure>").append(c.toSvg()).append("</figure>\n");
        }
        Path all = Files.writeString(tmp.resolve("index.html"), index);
        String dom = run(all, "--dump-dom");
        for (Chart c : Fixtures.everyType()) {
            assertTrue(dom.contains(">" + c.title + "<"), c.getType() + ": title missing from the rendered DOM");
        }
        int tips = dom.split("<title>", -1).length - 2; // minus the page's own <title>
        int expected = Fixtures.everyType().stream().mapToInt(ChartTest::dataPoints).sum();
        assertEquals(expected, tips, "tooltip titles in the rendered DOM");
    }
}
