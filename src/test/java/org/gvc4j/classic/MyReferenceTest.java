package org.gvc4j.classic;

import org.gvc4j.TestModels;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gvc4j.MrioTable;
import org.gvc4j.method.icio.Level;
import org.gvc4j.method.my.MiroudotYe;
import org.gvc4j.method.my.MyColumns;
import org.gvc4j.model.Conventions;
import org.gvc4j.testing.PeerTables;
import org.gvc4j.testing.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Miroudot–Ye against exvatools 0.9.0 {@code make_exvadec(method = "my")} (Conventions.EXVATOOLS): country and world
 * ("WLD", with FDC1/FDC2 of its terms output) perimeters on the real tables; country, partner and world perimeters
 * at exporter × sector × importer level on its own wiodtest table. Tolerance: the README's default rule, 1e-9
 * relative (the README allows 1e-6 for exvatools files).
 */
class MyReferenceTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"lrwiod-2000", "wiod2013-2011"})
    void countryAndWorldPerimeters(String table) {
        MiroudotYe my = new MiroudotYe(Expected.model(table, Conventions.EXVATOOLS));
        double worst = Expected.check(Reference.expected(table, "exvatools_my_country.csv"), my.country(Level.COUNTRY),
                MyColumns.EXVATOOLS, table.equals("lrwiod-2000") ? Expected.XROW : Map.of(), List.of("country"));
        worst = Math.max(worst, Expected.check(Reference.expected(table, "exvatools_my_wld_country.csv"),
                my.world(Level.COUNTRY), MyColumns.EXVATOOLS, Map.of(), List.of("country")));
        assertTrue(worst <= 1e-9);
    }

    @Test
    void wiodtestPerimeters() {
        Path dir = PeerTables.folder("exvatools-tests/wiodtest");
        MrioTable io = PeerTables.load(dir.resolve("input"), Conventions.EXVATOOLS);
        MiroudotYe my = new MiroudotYe(TestModels.of(io));
        Path exp = dir.resolve("exvatools");
        Map<String, String> codes = Map.of("D01T09", "01T09", "D10T39", "10T39", "D41T98", "41T98");
        List<String> bil = List.of("exporter", "sector", "importer");
        double worst = Expected.check(exp.resolve("my_standard_exporter.csv"), my.country(Level.COUNTRY), Map.of(),
                Map.of(), List.of("exporter"));
        worst = Math.max(worst, Expected.checkWithoutSelf(exp.resolve("my_standard_detail.csv"),
                my.country(Level.SECTOR_PAIR), Map.of(), codes, bil, "exporter", "importer", tmp.resolve("c")));
        worst = Math.max(worst, Expected.check(exp.resolve("my_partner_bilateral.csv"), my.partner(), Map.of(),
                Map.of(), List.of("exporter", "importer")));
        worst = Math.max(worst, Expected.checkWithoutSelf(exp.resolve("my_standard_perimWLD_detail.csv"),
                my.world(Level.SECTOR_PAIR), Map.of(), codes, bil, "exporter", "importer", tmp.resolve("w")));
        assertTrue(worst <= 1e-9);
    }
}
