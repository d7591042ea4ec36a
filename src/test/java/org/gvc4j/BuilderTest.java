package org.gvc4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gvc4j.error.InvalidTableException;
import org.gvc4j.model.IoTable;
import org.junit.jupiter.api.Test;

/** Building from arrays: categories and VA rows are summed; results equal the CSV route. */
class BuilderTest {

    @Test
    void categoriesAndValueAddedRowsAreSummed() {
        MrioTable demo = Gvc.demo();
        IoTable d = demo.getData();
        int n = demo.getSize();
        int g = demo.getCountries().size();
        double[][] z = new double[n][n];
        double[][] yCat = new double[n][2 * g];
        double[] va = d.valueAdded();
        double[] half = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                z[i][j] = d.z().get(i, j);
            }
            for (int r = 0; r < g; r++) {
                yCat[i][2 * r] = 0.25 * d.y().get(i, r);
                yCat[i][2 * r + 1] = 0.75 * d.y().get(i, r);
            }
            half[i] = va[i] / 2;
        }
        MrioTable built = Gvc.builder().name("built").countries(demo.getCountries()).sectors(demo.getSectors())
                .intermediate(z).finalDemand(yCat).valueAdded(half, half).output(d.output()).build();
        double[] a = built.decompose().bm2025().trade().exporters().column("GVC_PF");
        double[] b = demo.decompose().bm2025().trade().exporters().column("GVC_PF");
        for (int i = 0; i < a.length; i++) {
            assertEquals(b[i], a[i], 1e-12 * Math.abs(b[i]));
        }
    }

    @Test
    void raggedRowIsNamed() {
        double[][] z = {{1, 0}, {0}};
        InvalidTableException e = assertThrows(InvalidTableException.class, () -> Gvc.builder().countries("A")
                .sectors("x", "y").intermediate(z).finalDemand(new double[][] {{1}, {1}}).output(new double[] {2, 2}).build());
        assertEquals("table: Z row 2 (A.y) has 1 values, the first row has 2", e.getMessage());
    }
}
