package org.gvc4j.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.gvc4j.Gvc;
import org.gvc4j.method.Frame;
import org.gvc4j.method.icio.Level;
import org.gvc4j.method.kww.Kww;
import org.gvc4j.method.leontief.Leontief;
import org.gvc4j.method.leontief.Post;
import org.gvc4j.method.my.MiroudotYe;
import org.gvc4j.method.tiva.Tiva;
import org.gvc4j.method.wwz.Wwz;
import org.gvc4j.model.Conventions;
import org.gvc4j.model.LeontiefModel;
import org.junit.jupiter.api.Test;

/**
 * Prints how long each classic method family takes on wiod2013-2011 (n = 1435, 41 × 35) after the model: first run
 * and best of two on fresh objects (the machine is shared, so no timed assertion); checks that each result is
 * complete (row counts).
 */
class ClassicTimingTest {

    @Test
    void classicMethodsOnWiod() {
        LeontiefModel m = Expected.model("wiod2013-2011", Conventions.DEFAULT);
        int g = m.countries();
        int n = m.size();
        Map<String, Supplier<Integer>> steps = new LinkedHashMap<>();
        steps.put("leontief: V̂BÊ by country, by sector, by origin sector", () -> {
            Leontief l = new Leontief(m);
            return l.byCountry(Post.EXPORTS).rowCount() + l.bySector(Post.EXPORTS).rowCount()
                    + l.byOriginSector(Post.EXPORTS).rowCount();
        });
        steps.put("leontief: V̂BY long + by country", () -> {
            Leontief l = new Leontief(m);
            return l.finalDemand().rowCount() + l.finalDemandByCountry().rowCount();
        });
        steps.put("hiy: vertical specialisation, country + sector", () -> {
            Leontief l = new Leontief(m);
            return l.verticalSpecialisation().rowCount() + l.verticalSpecialisationBySector().rowCount();
        });
        steps.put("kww: 9 terms by country", () -> new Kww(m).terms().rowCount());
        steps.put("wwz: 16 terms, every level", () -> {
            Wwz w = new Wwz(m);
            int rows = 0;
            for (Level level : new Level[] {Level.COUNTRY, Level.SECTOR, Level.PAIR, Level.SECTOR_PAIR}) {
                rows += w.terms(level).rowCount();
            }
            return rows;
        });
        steps.put("my: country + world perimeters, country level", () -> {
            MiroudotYe my = new MiroudotYe(m);
            return my.country(Level.COUNTRY).rowCount() + my.world(Level.COUNTRY).rowCount();
        });
        steps.put("my: partner + sector + sector x partner perimeters", () -> {
            MiroudotYe my = new MiroudotYe(m);
            return my.partner().rowCount() + my.sector().rowCount() + my.sectorPartner().rowCount();
        });
        steps.put("tiva: country, sector, pair, detail", () -> {
            Tiva t = new Tiva(m);
            return t.country().rowCount() + t.sector().rowCount() + t.bilateral().rowCount() + t.detail().rowCount();
        });
        Map<String, Integer> expectedRows = Map.of("kww: 9 terms by country", g,
                "wwz: 16 terms, every level", g + n + g * (g - 1) + n * (g - 1),
                "tiva: country, sector, pair, detail", g + n + g * g + n * g);
        StringBuilder sb = new StringBuilder(String.format("classic timing wiod2013-2011 (%s, %d cores):%n",
                Gvc.backend(), Runtime.getRuntime().availableProcessors()));
        double total = 0;
        for (Map.Entry<String, Supplier<Integer>> s : steps.entrySet()) {
            long t0 = System.nanoTime();
            int rows = s.getValue().get();
            double first = (System.nanoTime() - t0) / 1e9;
            double best = Double.MAX_VALUE;
            for (int i = 0; i < 2; i++) {
                long t1 = System.nanoTime();
                s.getValue().get();
                best = Math.min(best, (System.nanoTime() - t1) / 1e9);
            }
            total += best;
            sb.append(String.format("  %-55s %8d rows  first %.3f s  best %.3f s%n", s.getKey(), rows, first, best));
            if (expectedRows.containsKey(s.getKey())) {
                assertEquals(expectedRows.get(s.getKey()), rows, s.getKey());
            }
        }
        sb.append(String.format("  all (best) %.3f s%n", total));
        long t2 = System.nanoTime();
        int longRows = new Leontief(m).longForm(Post.EXPORTS).rowCount();
        sb.append(String.format("  %-55s %8d rows  once  %.3f s%n", "leontief: V̂BÊ long (n² rows)", longRows,
                (System.nanoTime() - t2) / 1e9));
        assertEquals(n * n, longRows);
        System.out.print(sb);
        Frame vs = new Leontief(m).verticalSpecialisation();
        assertEquals(g, vs.rowCount());
    }
}
