package org.gvc4j.icio;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.method.icio.Combination;
import org.gvc4j.method.icio.Flow;
import org.gvc4j.method.icio.IcioColumns;
import org.gvc4j.method.icio.Level;
import org.gvc4j.method.icio.Perspective;
import org.gvc4j.result.Naming;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.testing.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every {@code expected/icio_*.csv} of the three reference tables, every row and column, under the reference
 * README's rules (icio conventions: VA residual, X as given): 1e-9 relative by default; absolute per row
 * (1e-9 · |GEXP|) for DDC and FDC of the self files and for the DDC of the wiod2013-2011 source files at sector and
 * bilateral level, where the files themselves are inexact.
 */
class IcioReferenceTest {

    static List<String> keys(Combination c) {
        List<String> k = new ArrayList<>();
        if (c.flow() == Flow.IMPORTS) {
            k.add(IcioColumns.ICIO_IMPORTS.get(org.gvc4j.method.Keys.IMPORTER));
            if (c.level() == Level.ORIGIN) {
                k.add(IcioColumns.ICIO_IMPORTS.get(org.gvc4j.method.Keys.ORIGIN));
            }
            return k;
        }
        k.add(IcioColumns.ICIO_EXPORTS.get(org.gvc4j.method.Keys.EXPORTER));
        if (c.level().bySector()) {
            k.add(IcioColumns.ICIO_EXPORTS.get(org.gvc4j.method.Keys.SECTOR));
        }
        if (c.level().byImporter()) {
            k.add(IcioColumns.ICIO_EXPORTS.get(org.gvc4j.method.Keys.IMPORTER));
        }
        return k;
    }

    static Set<String> perRowAbsolute(String table, Combination c) {
        if (c.perspective() == Perspective.SELF) {
            return Set.of(IcioColumns.DDC, IcioColumns.FDC);
        }
        if (table.equals("wiod2013-2011") && c.perspective() == Perspective.EXPORTER && c.level().bySector()
                && c.approach() == org.gvc4j.method.icio.Approach.SOURCE) {
            return Set.of(IcioColumns.DDC);
        }
        return Set.of();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gvcanalyzer-toy", "lrwiod-2000", "wiod2013-2011"})
    void everyIcioFile(String table) {
        MrioTable io = Gvc.load(Reference.table(table));
        double worst = 0;
        for (Combination c : Combination.icio()) {
            Path exp = Reference.expected(table, c.fileName());
            MeasureTable r = io.decompose().icio().compute(c);
            worst = Math.max(worst, Reference.assertMatches(exp, r.named(Naming.ICIO).toTable(), keys(c),
                    perRowAbsolute(table, c), IcioColumns.GEXP));
        }
        System.out.printf("icio reference %s: every file, max relative error %.2e%n", table, worst);
        assertTrue(worst <= 1e-9);
    }
}
