package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gvc4j.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gvc estimate --table} with fixest etable's options: the saved table equals the library's, errors name the option. */
class EstimateTableCliTest {
    @TempDir
    Path tmp;

    static final String DATA = "trade,dist,rta,exp\n1,2,0,a\n2,3,1,a\n3,5,0,b\n5,7,1,b\n8,11,0,c\n13,17,1,c\n21,19,1,a\n"
            + "34,23,0,b\n";

    private int run(StringWriter err, String... extra) {
        List<String> args = new ArrayList<>(List.of("estimate", "--data", tmp.resolve("d.csv").toString(), "--model",
                "ols", "--formula", "log(trade) ~ log(dist) + rta | exp", "--quiet"));
        args.addAll(List.of(extra));
        return Main.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    }

    @Test
    void tableWithOptionsEqualsTheLibrarysTable() throws Exception {
        Path d = Files.writeString(tmp.resolve("d.csv"), DATA);
        Path tex = tmp.resolve("t.tex");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "--table", tex.toString(), "--dict", "rta=RTA", "--drop", "dist", "--notes",
                "Source: test.", "--mean-depvar", "--percent-effects"), err.toString());
        Fit f = Estimate.ols(d, "log(trade) ~ log(dist) + rta | exp").fit();
        String expected = RegressionTable.of(f).withLabels(Map.of("rta", "RTA")).drop("dist").withNotes("Source: test.")
                .withDepVarMean().withPercentEffects().toLatex();
        String saved = Files.readString(tex);
        assertTrue(saved.startsWith("% gvc4j provenance\n") && saved.endsWith(expected), saved);
        assertTrue(expected.contains("RTA &") && !expected.contains("log(dist)") && expected.contains("Mean of dep. var.")
                && expected.contains("Source: test.") && expected.contains("\\%]"), expected);
    }

    @Test
    void threadsDoNotChangeTheCoefficients() throws Exception {
        Files.writeString(tmp.resolve("d.csv"), DATA);
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "--threads", "1", "--out", tmp.resolve("a.csv").toString()), err.toString());
        assertEquals(0, run(err, "--threads", "2", "--out", tmp.resolve("b.csv").toString()), err.toString());
        assertEquals(Files.readString(tmp.resolve("a.csv")), Files.readString(tmp.resolve("b.csv")));
    }

    @Test
    void badTableOptionsAreOneLineErrorsAndWriteNothing() throws Exception {
        Files.writeString(tmp.resolve("d.csv"), DATA);
        Path out = tmp.resolve("c.csv");
        String[][] cases = {
            {"--keep", "rta"},
            {"--table", tmp.resolve("t.docx").toString()},
            {"--table", tmp.resolve("t.tex").toString(), "--keep", "tariff"},
            {"--table", tmp.resolve("t.tex").toString(), "--drop", "("},
            {"--threads", "0"},
        };
        String[] starts = {
            "gvc: --keep shapes the publication table: give --table FILE",
            "gvc: --table " + tmp.resolve("t.docx") + ": \".docx\" is not a table format",
            "gvc: --keep: 'tariff' matches no term; the terms are log(dist), rta",
            "gvc: --drop: '(' is not a valid regular expression",
            "gvc: --threads: give a number from 1 to 1024 (got 0)",
        };
        for (int i = 0; i < cases.length; i++) {
            StringWriter err = new StringWriter();
            List<String> a = new ArrayList<>(List.of(cases[i]));
            a.addAll(List.of("--out", out.toString()));
            assertEquals(2, run(err, a.toArray(String[]::new)), err.toString());
            assertTrue(err.toString().startsWith(starts[i]), err.toString());
            assertEquals(1, err.toString().strip().lines().count(), err.toString());
            assertFalse(Files.exists(out), "nothing written: " + String.join(" ", cases[i]));
            assertFalse(Files.exists(tmp.resolve("t.tex")));
        }
    }
}
