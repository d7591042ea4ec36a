package org.gvc4j.icio;

import org.gvc4j.TestModels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.method.Frame;
import org.gvc4j.method.icio.Combination;
import org.gvc4j.method.icio.Icio;
import org.gvc4j.model.LeontiefModel;
import org.gvc4j.testing.Reference;
import org.junit.jupiter.api.Test;

/**
 * Prints how long the whole accounting takes on wiod2013-2011 (n = 1435): every supported combination (exporter and
 * world perspectives with both approaches, self perimeters, imports) at every level, bilateral-sector included. Not a
 * timed assertion: the machine is shared; it checks only that every result is complete.
 */
class IcioTimingTest {

    @Test
    void wholeAccountingOnWiod() {
        long t0 = System.nanoTime();
        MrioTable io = Gvc.load(Reference.table("wiod2013-2011"));
        long t1 = System.nanoTime();
        LeontiefModel m = TestModels.of(io);
        long t2 = System.nanoTime();
        List<Combination> all = Combination.supported();
        Map<Combination, Frame> frames = new Icio(m).computeAll(all);
        long t3 = System.nanoTime();
        int rows = 0;
        for (Frame f : frames.values()) {
            rows += f.rowCount();
        }
        // best of three further runs on fresh Icio objects (JIT warm; BY and A_F are shared per model), the figure
        // to quote on a machine that others use at the same time
        double warm = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t4 = System.nanoTime();
            new Icio(m).computeAll(all);
            warm = Math.min(warm, (System.nanoTime() - t4) / 1e9);
        }
        System.out.printf("icio timing wiod2013-2011 (%s): load %.2f s, model %.2f s, all %d combinations (%d rows) "
                + "%.2f s first run, %.2f s warm (best of 3)%n", Gvc.backend(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, all.size(),
                rows, (t3 - t2) / 1e9, warm);
        Icio per = new Icio(m);
        StringBuilder sb = new StringBuilder();
        for (Combination c : all) {
            long a = System.nanoTime();
            per.compute(c);
            sb.append(String.format("  %-40s %.3f s%n", c, (System.nanoTime() - a) / 1e9));
        }
        System.out.print(sb);
        assertEquals(all.size(), frames.size());
        assertEquals(57400, frames.get(new Combination(org.gvc4j.method.icio.Flow.EXPORTS,
                org.gvc4j.method.icio.Level.SECTOR_PAIR, org.gvc4j.method.icio.Perspective.EXPORTER,
                org.gvc4j.method.icio.Approach.SINK)).rowCount());
    }
}
