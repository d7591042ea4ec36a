package org.gvc4j.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.error.GvcException;
import org.gvc4j.source.CsvFolderWriter;
import org.gvc4j.source.SyntheticTable;
import org.gvc4j.stats.Datasets;
import org.gvc4j.stats.Estimate;
import org.gvc4j.stats.Fit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Panels feed the analysis layer (issue 19 item 4): the combined CSV of a panel of two databases x three years loads
 * as estimation data, {@code database} and {@code year} work as fixed effects, and the slope equals the two-way
 * within estimator computed here by hand (a balanced panel: every database-year cell has the same exporters).
 */
class PanelEstimationTest {
    @TempDir
    Path tmp;

    @Test
    void theCombinedCsvIsEstimationDataWithDatabaseAndYearAsFixedEffects() throws Exception {
        StringBuilder manifest = new StringBuilder("database,year,path\n");
        long seed = 70;
        for (String db : List.of("adb", "wiod")) {
            for (int year = 2017; year <= 2019; year++) {
                Path t = tmp.resolve("tables").resolve(db + "-" + year);
                CsvFolderWriter.write(SyntheticTable.generate(seed++, 5, 3, 0), t);
                manifest.append(db).append(',').append(year).append(',').append(t).append('\n');
            }
        }
        Path m = Files.writeString(tmp.resolve("panel.csv"), manifest);
        PrintWriter quiet = new PrintWriter(new StringWriter());
        PanelResult r = PanelRunner.of(Panel.fromManifest(m), List.of(new Decomposition("bm2025_trade_measures",
                        io -> io.decompose().bm2025().trade().exporters())))
                .out(tmp.resolve("out")).threads(2).log(quiet).progress(quiet, false).execute();
        String formula = "participation_B ~ participation_F | database + year";
        Fit fromFile = Estimate.ols(r.output("bm2025_trade_measures"), formula).fit();
        Table data = Datasets.readCsv(r.output("bm2025_trade_measures"));
        assertEquals(30, data.rowCount(), "2 databases x 3 years x 5 exporters");
        Fit fromTable = Estimate.ols(data, formula).fit();
        assertEquals(List.of("participation_F"), fromFile.getTerms());
        assertEquals(fromFile.estimate("participation_F"), fromTable.estimate("participation_F"), 0.0);

        // the two-way within estimator by hand: x - mean by database - mean by year + grand mean
        List<String> dbs = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        List<double[]> xy = new ArrayList<>();
        List<String> lines = Files.readAllLines(r.output("bm2025_trade_measures"));
        assertEquals(31, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            dbs.add(c[0]);
            years.add(Integer.parseInt(c[1]));
            xy.add(new double[] {Double.parseDouble(c[header.indexOf("participation_F")]),
                Double.parseDouble(c[header.indexOf("participation_B")])});
        }
        double[] grand = new double[2];
        Map<String, double[]> byDb = new HashMap<>();
        Map<Integer, double[]> byYear = new HashMap<>();
        for (int i = 0; i < xy.size(); i++) {
            for (int k = 0; k < 2; k++) {
                grand[k] += xy.get(i)[k] / 30;
                byDb.computeIfAbsent(dbs.get(i), x -> new double[2])[k] += xy.get(i)[k] / 15;
                byYear.computeIfAbsent(years.get(i), x -> new double[2])[k] += xy.get(i)[k] / 10;
            }
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < xy.size(); i++) {
            double x = xy.get(i)[0] - byDb.get(dbs.get(i))[0] - byYear.get(years.get(i))[0] + grand[0];
            double y = xy.get(i)[1] - byDb.get(dbs.get(i))[1] - byYear.get(years.get(i))[1] + grand[1];
            sxy += x * y;
            sxx += x * x;
        }
        assertEquals(2, byDb.size());
        assertEquals(3, byYear.size());
        assertTrue(sxx > 1e-8, "participation_F varies within database and year");
        assertEquals(sxy / sxx, fromFile.estimate("participation_F"), 1e-9 * Math.max(1, Math.abs(sxy / sxx)));

        GvcException e = assertThrows(GvcException.class, () -> r.output("bm2025_trade"));
        assertEquals("no result kind \"bm2025_trade\" in this panel run; kinds: bm2025_trade_measures", e.getMessage());
    }
}
