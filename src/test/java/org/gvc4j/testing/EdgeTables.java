package org.gvc4j.testing;

import org.gvc4j.linalg.Mat;
import org.gvc4j.model.IoTable;
import org.gvc4j.source.SyntheticTable;

/** Small tables for edge cases. */
public final class EdgeTables {
    private EdgeTables() {
    }

    /**
     * 3 countries × 2 sectors (synthetic seed 11) where country 2 (C02) sells nothing abroad: its intermediate and
     * final exports become its own final demand, so rows stay balanced.
     */
    public static IoTable withoutExportsOfC02() {
        IoTable base = SyntheticTable.generate(11, 3, 2, 0);
        int n = base.labels().size();
        Mat z = base.z().copy();
        Mat y = base.y().copy();
        for (int i = 2; i < 4; i++) {
            for (int j = 0; j < n; j++) {
                if (j / 2 != 1) {
                    y.set(i, 1, y.get(i, 1) + z.get(i, j));
                    z.set(i, j, 0);
                }
            }
            for (int r = 0; r < 3; r++) {
                if (r != 1) {
                    y.set(i, 1, y.get(i, 1) + y.get(i, r));
                    y.set(i, r, 0);
                }
            }
        }
        return new IoTable("no-exports", base.labels(), z, y, base.valueAdded(), base.output());
    }
}
