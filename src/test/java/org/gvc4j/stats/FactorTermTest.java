package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** factor(x) in formulas: R's dummies (first level the reference) and names, the same fit as i(x). */
class FactorTermTest {
    @TempDir
    Path tmp;

    private Path data() throws IOException {
        StringBuilder sb = new StringBuilder("y,x,year,region,g\n");
        String[] regions = {"Europe", "Asia", "Africa"};
        for (int i = 0; i < 60; i++) {
            int year = 2000 + i % 4;
            String region = regions[i % 3];
            double x = (i * 7 % 13) / 4.0;
            double y = 1 + 0.5 * x + 0.3 * (year - 2000) + (i % 3) * 0.7 + ((i * 11) % 7 - 3) * 0.05;
            sb.append(String.format(Locale.ROOT, "%.6f,%.6f,%d,%s,g%d%n", y, x, year, region, i % 5));
        }
        return Files.writeString(tmp.resolve("d.csv"), sb.toString());
    }

    @Test
    void integerAndTextColumnsGiveRsDummiesAndNames() throws IOException {
        Path d = data();
        Fit f = Estimate.ols(d, "y ~ x + factor(year) + factor(region)").fit();
        assertEquals(List.of("(Intercept)", "x", "factor(year)2001", "factor(year)2002", "factor(year)2003",
                "factor(region)Asia", "factor(region)Europe"), f.getTerms());
        Fit i = Estimate.ols(d, "y ~ x + i(year) + i(region)").fit();
        assertEquals(List.of("(Intercept)", "x", "year::2001", "year::2002", "year::2003", "region::Asia",
                "region::Europe"), i.getTerms());
        assertArrayEquals(i.getEstimates(), f.getEstimates(), 0);
        assertArrayEquals(i.getStdErrors(), f.getStdErrors(), 0);
        // the data are y = 1 + 0.5 x + 0.3 (year - 2000) + region effect + small noise: the dummies recover it
        assertEquals(0.3, f.getEstimates()[2], 0.05);
        assertEquals(0.9, f.getEstimates()[4], 0.05);
    }

    @Test
    void withFixedEffectsTheFirstLevelIsDroppedWithoutInterceptAllLevelsStay() throws IOException {
        Path d = data();
        Fit fe = Estimate.ppml(d, "y ~ x + factor(region) | g").fit();
        assertEquals(List.of("x", "factor(region)Asia", "factor(region)Europe"), fe.getTerms());
        Fit ife = Estimate.ppml(d, "y ~ x + i(region) | g").fit();
        assertArrayEquals(ife.getEstimates(), fe.getEstimates(), 0);
        Fit none = Estimate.ols(d, "y ~ 0 + factor(region) + x").fit();
        assertEquals(List.of("factor(region)Africa", "factor(region)Asia", "factor(region)Europe", "x"), none.getTerms());
        // without intercept the dummies are the level intercepts: Asia - Africa equals the contrast of the other fit
        Fit with = Estimate.ols(d, "y ~ factor(region) + x").fit();
        assertEquals(with.getEstimates()[1], none.getEstimates()[1] - none.getEstimates()[0], 1e-9);
    }

    @Test
    void badUseIsAFormulaErrorAtTheCall() throws IOException {
        Path d = data();
        Exception e = assertThrows(RuntimeException.class, () -> Estimate.ols(d, "y ~ factor(x + 1)").fit());
        assertTrue(e.getMessage().contains("factor() takes one column"), e.getMessage());
        e = assertThrows(RuntimeException.class, () -> Estimate.ols(d, "y ~ log(factor(year))").fit());
        assertTrue(e.getMessage().contains("`factor()` must be a term of its own"), e.getMessage());
    }
}
