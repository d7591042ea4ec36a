package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Issue 21 item 4: how the engine runs (tracing, chunked demeaning, run-length sweeps) is a setting of one call
 * ({@code Estimate.withEngine}), not a system property, and never changes a number.
 */
class EngineSettingsTest {
    @Test
    void chunkedAndRunlessDemeaningGiveTheSameNumbersAsTheDefault() {
        for (Model m : new Model[] {Model.OLS, Model.PPML}) {
            // sorted by id: the id codes come in runs, so the default takes the run-length sweep
            Table data = PredictTest.random(m, 41 + m.ordinal(), 200, 12);
            Estimate e = Estimate.of(m, data, "y ~ x1 + x2 | id + t").cluster("id");
            Fit base = e.fit();
            Fit other = e.withEngine(false, 1000, false).withThreads(2).fit();
            assertTrue(data.rowCount() > 1000, "the sample is chunked");
            for (String term : List.of("x1", "x2")) {
                assertEquals(base.estimate(term), other.estimate(term), 1e-9 * Math.abs(base.estimate(term)), m + " " + term);
                assertEquals(base.stdError(term), other.stdError(term), 1e-8 * base.stdError(term), m + " " + term);
            }
            assertEquals(base.getNobs(), other.getNobs());
        }
    }

    @Test
    void traceIsPerCall() {
        Table data = PredictTest.random(Model.PPML, 5, 30, 6);
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Fit traced;
        Fit quiet;
        try {
            System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
            quiet = Estimate.ppml(data, "y ~ x1 | id + t").fit();
            assertEquals("", buf.toString(StandardCharsets.UTF_8), "no trace by default");
            traced = Estimate.ppml(data, "y ~ x1 | id + t").withEngine(true, 1 << 18, true).fit();
        } finally {
            System.setErr(old);
        }
        assertTrue(buf.toString(StandardCharsets.UTF_8).startsWith("irls 1 demean iters"), buf.toString());
        assertEquals(quiet.estimate("x1"), traced.estimate("x1"), 0.0);
        assertThrows(EstimationException.class, () -> Estimate.ppml(data, "y ~ x1 | id").withEngine(false, 0, true));
    }

    /** No estimator code reads a system property (or an environment variable) any more. */
    @Test
    void theStatsPackagesReadNoSystemProperty() throws IOException {
        Path root = Path.of("src/main/java/org/gvc4j/stats");
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
                String src = Files.readString(p);
                for (String call : List.of("System.getProperty", "Boolean.getBoolean", "Integer.getInteger",
                        "Long.getLong", "System.getenv")) {
                    assertTrue(!src.contains(call), p + " calls " + call);
                }
            }
        }
    }
}
