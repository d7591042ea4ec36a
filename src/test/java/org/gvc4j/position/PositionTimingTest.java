package org.gvc4j.position;

import org.gvc4j.TestModels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.linalg.Mat;
import org.gvc4j.method.Frame;
import org.gvc4j.method.apl.Apl;
import org.gvc4j.method.koopman.Koopman;
import org.gvc4j.method.rca.Rca;
import org.gvc4j.method.upstreamness.Upstreamness;
import org.gvc4j.method.wwyz.Wwyz;
import org.gvc4j.model.LeontiefModel;
import org.gvc4j.testing.Reference;
import org.junit.jupiter.api.Test;

/**
 * Prints how long the position and participation measures take on wiod2013-2011 (n = 1435), per method family and
 * for the whole set, plus the full APL matrix (one n×n product) and its long form (n² rows). Not a timed assertion:
 * the machine is shared; it checks only that every result is complete. The figures go to BENCHMARKS.md.
 */
class PositionTimingTest {

    static double best(int runs, Supplier<?> step) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            step.get();
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        return best;
    }

    @Test
    void wholeSetOnWiod() {
        long t0 = System.nanoTime();
        MrioTable io = Gvc.load(Reference.table("wiod2013-2011"));
        long t1 = System.nanoTime();
        LeontiefModel m = TestModels.of(io);
        long t2 = System.nanoTime();
        int n = m.size();
        Map<String, Supplier<List<Frame>>> families = new LinkedHashMap<>();
        families.put("wwyz participation (sectors + countries)",
                () -> List.of(new Wwyz(m).participationBySector(), new Wwyz(m).participationByCountry()));
        families.put("wwyz lengths and position (sectors + countries)",
                () -> List.of(new Wwyz(m).lengthBySector(), new Wwyz(m).lengthByCountry()));
        families.put("upstreamness + downstreamness (sectors + countries)", () -> {
            Upstreamness u = new Upstreamness(m);
            return List.of(u.upstreamnessBySector(), u.upstreamnessByCountry(), u.downstreamnessBySector(),
                    u.downstreamnessByCountry());
        });
        families.put("apl (sectors + country pairs)", () -> List.of(new Apl(m).bySector(), new Apl(m).byCountryPair()));
        families.put("koopman (sectors + countries)",
                () -> List.of(new Koopman(m).bySector(), new Koopman(m).byCountry()));
        families.put("rca (gross + DViX_F)", () -> List.of(new Rca(m).grossBySector(), new Rca(m).valueAddedBySector()));
        Supplier<List<Frame>> whole = () -> {
            List<Frame> all = new ArrayList<>();
            families.values().forEach(f -> all.addAll(f.get()));
            return all;
        };
        long t3 = System.nanoTime();
        List<Frame> frames = whole.get();
        double first = (System.nanoTime() - t3) / 1e9;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "position timing wiod2013-2011, n = %d (%s, %d cores): load %.2f s, "
                + "model %.2f s, whole set %.3f s first run, %.3f s warm (best of 3)%n", n, Gvc.backend(),
                Runtime.getRuntime().availableProcessors(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, first, best(3, whole)));
        for (Map.Entry<String, Supplier<List<Frame>>> f : families.entrySet()) {
            sb.append(String.format(Locale.ROOT, "  %-55s %.4f s%n", f.getKey(), best(3, f.getValue())));
        }
        double matrix = best(2, () -> new Apl(m).matrix());
        sb.append(String.format(Locale.ROOT, "  %-55s %.4f s%n", "apl full matrix (one n×n product, 2n³ flops)", matrix));
        long t4 = System.nanoTime();
        Frame cells = new Apl(m).cells();
        sb.append(String.format(Locale.ROOT, "  %-55s %.4f s%n", "apl long form (matrix + n² rows)",
                (System.nanoTime() - t4) / 1e9));
        System.out.print(sb);
        int[] rows = {n, 41, n, 41, n, 41, n, 41, n, 41 * 41, n, 41, n, n};
        assertEquals(rows.length, frames.size());
        for (int i = 0; i < rows.length; i++) {
            assertEquals(rows[i], frames.get(i).rowCount(), "frame " + i);
        }
        assertEquals((long) n * n, cells.rowCount());
    }
}
