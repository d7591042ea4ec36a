package org.gvc4j.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture of {@code ../shared/reference/formats} converts to its expected table folder: labels exact, numbers
 * to 1e-9 relative (entries below 1e-3 of their column's largest value absolutely, as the fixtures' README says).
 */
class FormatFixturesTest {
    static final List<String> FILES = List.of("Z.csv", "Y.csv", "Yfull.csv", "VA_X.csv", "VA_rows.csv");

    static Path formats() {
        Path p = Path.of(System.getProperty("gvc4j.shared", "../shared")).resolve("reference").resolve("formats");
        Assumptions.assumeTrue(Files.isDirectory(p), p + " absent: skipping the format fixtures (CI always has them)");
        return p;
    }

    /** fixture (relative to formats/), options, expected folder (relative to formats/). */
    static Stream<Arguments> cases() {
        ReadOptions d = ReadOptions.DEFAULT;
        ReadOptions split = d.withSplitRegions(true);
        return Stream.of(
                Arguments.of("icio2016/ICIO2016_2011.csv", d, "icio2016/expected"),
                Arguments.of("icio2016/ICIO2016_2011.csv", split, "icio2016/expected_split"),
                Arguments.of("icio2018/ICIO2018_2015.CSV", d, "icio2018/expected"),
                Arguments.of("icio2018/ICIO2018_2015.CSV", split, "icio2018/expected_split"),
                Arguments.of("icio2021/ICIO2021_2018.csv", d, "icio2021/expected"),
                Arguments.of("icio2021/ICIO2021_2018.csv", split, "icio2021/expected_split"),
                Arguments.of("icio2023/2020.csv", d, "icio2023/expected"),
                Arguments.of("icio2023/2020.csv", split, "icio2023/expected_split"),
                Arguments.of("icio2023/2020_SML.csv", d, "icio2023/expected"),
                Arguments.of("icio2023/2016-2020.zip", d.withYear(2020), "icio2023/expected"),
                Arguments.of("icio2023/2016-2020.zip", d.withYear(2019), "icio2023/expected_2019"),
                Arguments.of("figaro/matrix_eu-ic-io_ind-by-ind_24ed_2022.csv", d, "figaro/expected"),
                Arguments.of("figaro/flatfile_eu-ic-io_ind-by-ind_24ed_2022.csv", d, "figaro/expected"),
                Arguments.of("figaro/matrix_eu-ic-io_prod-by-prod_24ed_2022.csv", d, "figaro/expected_pxp"),
                Arguments.of("lrwiod/lr_wiod_wiot_final_filled.csv", d.withYear(2000), "lrwiod/expected"),
                Arguments.of("lrwiod/lr_wiod_wiot_final_filled.csv", d.withYear(1999), "lrwiod/expected_1999"),
                Arguments.of("exiobase/IOT_2022_ixi", d, "exiobase/expected"),
                Arguments.of("exiobase/IOT_2022_ixi.zip", d, "exiobase/expected"),
                Arguments.of("exiobase/v3.4-layout/IOT_2022_ixi.zip", d, "exiobase/expected"),
                Arguments.of("eora26/Eora26_2015_bp", d, "eora26/expected"),
                Arguments.of("wiod2013/WIOT11_ROW_Sep12.xlsx", d, "wiod2013/expected"),
                Arguments.of("adb/ADB-MRIO62-2021_August 2024.xlsx", d, "adb/expected"),
                Arguments.of("wiod2016/WIOT2014_October16_ROW.RData", d, "wiod2016/expected"),
                Arguments.of("wiod2016/WIOT2014_October16_ROW.dta", d, "wiod2016/expected"),
                Arguments.of("gloria/GLORIA_059_2022", d, "gloria/expected"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("cases")
    void convertsToTheExpectedFolder(String fixture, ReadOptions options, String expected, @TempDir Path tmp)
            throws IOException {
        Path root = formats();
        Path source = root.resolve(fixture);
        Assumptions.assumeTrue(Files.exists(source), source + " absent: skipping");
        SourceTable t = Formats.read(source, options);
        Path out = tmp.resolve("out");
        TableFolder.write(t, out);
        double worst = 0;
        for (String f : FILES) {
            worst = Math.max(worst, compare(root.resolve(expected).resolve(f), out.resolve(f)));
        }
        System.out.printf("format fixture %s -> %s: max relative error %.2e%n", fixture, expected, worst);
        assertTrue(Files.isRegularFile(out.resolve("provenance.txt")));
    }

    /** Compares one written file with the expected one; returns the largest relative error. */
    static double compare(Path expected, Path actual) throws IOException {
        List<List<String>> e = csv(expected);
        List<List<String>> a = csv(actual);
        String name = expected.getParent().getFileName() + "/" + expected.getFileName();
        assertEquals(e.get(0), a.get(0), name + ": header");
        assertEquals(e.size(), a.size(), name + ": row count");
        int cols = e.get(0).size();
        double[] colMax = new double[cols];
        for (List<String> row : e.subList(1, e.size())) {
            for (int c = 1; c < cols; c++) {
                colMax[c] = Math.max(colMax[c], Math.abs(Double.parseDouble(row.get(c))));
            }
        }
        double worst = 0;
        for (int r = 1; r < e.size(); r++) {
            List<String> er = e.get(r);
            List<String> ar = a.get(r);
            assertEquals(er.get(0), ar.get(0), name + " line " + (r + 1) + ": row label");
            assertEquals(cols, ar.size(), name + " line " + (r + 1) + ": fields");
            for (int c = 1; c < cols; c++) {
                double want = Double.parseDouble(er.get(c));
                double got = Double.parseDouble(ar.get(c));
                double scale = Math.max(Math.abs(want), 1e-3 * colMax[c]);
                double err = Math.abs(got - want);
                boolean small = Math.abs(want) < 1e-3 * colMax[c];
                double tol = small ? 1e-12 * colMax[c] : 1e-9 * scale;
                if (!(err <= tol)) {
                    fail(String.format("%s row %s column %s: expected %.17g, got %.17g", name, er.get(0),
                            e.get(0).get(c), want, got));
                }
                if (scale > 0) {
                    worst = Math.max(worst, err / scale);
                }
            }
        }
        return worst;
    }

    /** A quoted CSV (fields may hold commas inside quotes), read independently of the code under test. */
    static List<List<String>> csv(Path file) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> row = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean q = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (q) {
                    if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else if (ch == '"') {
                        q = false;
                    } else {
                        cur.append(ch);
                    }
                } else if (ch == '"') {
                    q = true;
                } else if (ch == ',') {
                    row.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(ch);
                }
            }
            row.add(cur.toString());
            out.add(row);
        }
        return out;
    }
}
