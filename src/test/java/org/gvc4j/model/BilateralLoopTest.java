package org.gvc4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gvc4j.linalg.Mat;
import org.gvc4j.source.SyntheticTable;
import org.junit.jupiter.api.Test;

/** P_sr = A_sr B_rs on both code paths: plain Java below 48 sectors, the native backend from 48 on. */
class BilateralLoopTest {
    @Test
    void blockProductMatchesTheDefinitionOnBothPaths() {
        for (int sectors : new int[] {5, 60}) {
            LeontiefModel m = LeontiefModel.of(SyntheticTable.generate(9, 3, sectors, 0), Conventions.DEFAULT);
            Mat a = m.coefficients();
            Mat b = m.leontief();
            Mat p = m.bilateralLoop(0, 2);
            for (int i = 0; i < sectors; i++) {
                for (int j = 0; j < sectors; j++) {
                    double want = 0;
                    for (int k = 0; k < sectors; k++) {
                        want += a.get(i, 2 * sectors + k) * b.get(2 * sectors + k, j);
                    }
                    assertEquals(want, p.get(i, j), 1e-14 * Math.max(1e-3, Math.abs(want)), "N=" + sectors);
                }
            }
        }
    }
}
