package org.gvc4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gvc4j.stats.Datasets;
import org.gvc4j.stats.Estimate;
import org.gvc4j.stats.Fit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gvc estimate --predict NEWDATA.csv --predict-out FILE.csv}: the fixed-effect columns of the new data and
 * {@code fit}, equal to {@link Fit#predict}; an unknown level is an empty cell with a note; bad option combinations are
 * refused in one line before anything is written.
 */
class EstimatePredictTest {
    @TempDir
    Path tmp;

    static final String DATA = "y,x,g,t\n1.2,1,a,1\n2.1,2,a,2\n2.9,3,b,1\n4.3,4,b,2\n5.2,5,c,1\n5.8,6,c,2\n"
            + "7.1,7,a,3\n8.3,8,b,3\n8.7,9,c,3\n";
    static final String NEW = "x,g,t,other\n10,a,1,u\n11,c,3,v\n12,z,1,w\n13,b,9,x\n,a,2,y\n";

    int run(StringWriter out, StringWriter err, String... args) {
        List<String> a = new ArrayList<>(List.of("estimate"));
        a.addAll(List.of(args));
        return Main.execute(a.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void predictionsAreWrittenWithTheFixedEffectColumnsAndEmptyCellsForUnknownLevels() throws Exception {
        Path d = Files.writeString(tmp.resolve("d.csv"), DATA);
        Path nd = Files.writeString(tmp.resolve("new.csv"), NEW);
        Path po = tmp.resolve("res/pred.csv");
        for (String type : new String[] {"response", "link"}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int rc = run(out, err, "--data", d.toString(), "--model", "ppml", "--formula", "y ~ x | g + t", "--predict",
                    nd.toString(), "--predict-out", po.toString(), "--predict-type", type, "--quiet");
            assertEquals(0, rc, err.toString());
            List<String> lines = Files.readAllLines(po);
            assertEquals("g,t,fit", lines.get(0));
            assertEquals(6, lines.size());
            Fit f = Estimate.ppml(Datasets.readCsv(d), "y ~ x | g + t").fit();
            double[] want = f.predict(Datasets.readCsv(nd), type);
            assertTrue(lines.get(1).startsWith("a,1,") && lines.get(2).startsWith("c,3,"), lines.toString());
            for (int r = 0; r < 5; r++) {
                String cell = lines.get(r + 1).substring(lines.get(r + 1).lastIndexOf(',') + 1);
                if (Double.isNaN(want[r])) {
                    assertEquals("", cell, "row " + (r + 1));
                } else {
                    assertEquals(want[r], Double.parseDouble(cell), 0.0, "row " + (r + 1));
                }
            }
            assertFalse(Double.isNaN(want[0]) || Double.isNaN(want[1]));
            assertTrue(Double.isNaN(want[2]) && Double.isNaN(want[3]) && Double.isNaN(want[4]));
            String e = err.toString();
            assertTrue(e.contains("1 row without a prediction: a level of the fixed effect 'g'"), e);
            assertTrue(e.contains("1 row without a prediction: a level of the fixed effect 't'"), e);
            assertTrue(e.contains("1 row without a prediction: a regressor is missing"), e);
            assertFalse(e.contains("NaN") || Files.readString(po).contains("NaN"));
        }
    }

    @Test
    void badCombinationsAreRefusedInOneLineAndNothingIsWritten() throws Exception {
        Path d = Files.writeString(tmp.resolve("d.csv"), DATA);
        Path nd = Files.writeString(tmp.resolve("new.csv"), NEW);
        Path noT = Files.writeString(tmp.resolve("noT.csv"), "x,g\n1,a\n");
        Path res = Files.createDirectories(tmp.resolve("res"));
        String po = res.resolve("p.csv").toString();
        String[][] cases = {
            {"--predict", nd.toString()},
            {"--predict-out", po},
            {"--predict", nd.toString(), "--predict-out", po, "--predict-type", "prob"},
            {"--predict", nd.toString(), "--predict-out", res.resolve("p.xlsx").toString()},
            {"--predict", nd.toString(), "--predict-out", nd.toString()},
            {"--predict", nd.toString(), "--predict-out", po, "--out", po},
            {"--predict", tmp.resolve("absent.csv").toString(), "--predict-out", po},
            {"--predict", noT.toString(), "--predict-out", po},
        };
        String[] words = {"--predict-out", "--predict", "--predict-type", "--predict-out", "--predict", "--out",
            "absent.csv", "no column 't'"};
        for (int c = 0; c < cases.length; c++) {
            List<String> a = new ArrayList<>(List.of("--data", d.toString(), "--model", "ols", "--quiet",
                    "--out", res.resolve("coefs.csv").toString()));
            if (!List.of(cases[c]).contains("--formula")) {
                a.addAll(List.of("--formula", "y ~ x | g + t"));
            }
            if (List.of(cases[c]).contains("--out")) {
                a.remove(a.size() - 1);
                a.remove(a.size() - 1);
            }
            a.addAll(List.of(cases[c]));
            StringWriter err = new StringWriter();
            int rc = run(new StringWriter(), err, a.toArray(String[]::new));
            assertTrue(rc != 0, String.join(" ", cases[c]));
            assertEquals(1, err.toString().strip().lines().count(), "one line: " + err);
            assertTrue(err.toString().contains(words[c]), words[c] + " in: " + err);
            try (Stream<Path> s = Files.list(res)) {
                assertEquals(0, s.count(), "nothing written: " + String.join(" ", cases[c]));
            }
        }
    }
}
