package org.gvc4j.icio;

import static org.gvc4j.method.icio.IcioColumns.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.dsl.IcioStep;
import org.gvc4j.error.GvcException;
import org.gvc4j.method.icio.Approach;
import org.gvc4j.method.icio.Combination;
import org.gvc4j.method.icio.Perspective;
import org.gvc4j.result.Result;
import org.gvc4j.testing.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fluent entry: columns and keys per combination, clear messages for combinations that do not exist, writeAll. */
class IcioApiTest {
    private final MrioTable io = Gvc.demo();
    private final IcioStep icio = io.decompose().icio();
    private final String s = io.getCountries().get(0);
    private final String r = io.getCountries().get(1);

    @Test
    void columnsFollowIcioRows() {
        assertEquals(List.of(EXPORTER, GEXP, DC, DVA, VAX, DAVAX, REF, DDC, FC, FVA, FDC, GVC, GVCB, GVCF),
                icio.exporter(s).result().getColumnNames());
        assertEquals(List.of(EXPORTER, SECTOR, IMPORTER, GEXP, DC, DVA, VAX, VAXIM, REF, DDC, FC, FVA, FDC),
                icio.exporter(s).importer(r).sink().bySector().getColumnNames());
        assertEquals(List.of(EXPORTER, GEXP, DC, DVA, VAX, REF, DDC, FC, FVA, FDC),
                icio.exporter(s).world().sink().result().getColumnNames());
        assertEquals(List.of(EXPORTER, IMPORTER, GEXP, DC, DVA, VAX, REF, DDC, FC, FVA, FDC),
                icio.exporter(s).self().importer(r).result().getColumnNames());
        assertEquals(List.of(IMPORTER, GIMP, VA, DC), icio.importer(r).result().getColumnNames());
        assertEquals(List.of(IMPORTER, ORIGIN, VA, DC), icio.importer(r).byOrigin().getColumnNames());
        assertTrue(icio.exporter(s).withTerms().result().getColumnNames().containsAll(SOURCE_TERMS));
    }

    @Test
    void rowsPerLevel() {
        int g = io.getCountries().size();
        int n = io.getSectors().size();
        assertEquals(1, icio.exporter(s).result().getRowCount());
        assertEquals(g, icio.exporters().result().getRowCount());
        assertEquals(n, icio.exporter(s).bySector().getRowCount());
        assertEquals(g - 1, icio.exporter(s).importers().result().getRowCount());
        assertEquals(n * (g - 1), icio.exporter(s).importers().bySector().getRowCount());
        assertEquals(g * g, icio.importers().byOrigin().getRowCount());
    }

    @Test
    void theIssueExampleChainWorks() {
        Result a = icio.exporter(s).importer(r).perspective(Perspective.EXPORTER).approach(Approach.SINK).bySector();
        Result b = icio.exporter(s).importer(r).sink().bySector();
        assertEquals(b.column(VAXIM)[0], a.column(VAXIM)[0]);
        Result sectbil = icio.exporter(s).importer(r).perspective(Perspective.parse("sectbil")).bySector();
        assertEquals(icio.exporter(s).self().importer(r).bySector().column(DVA)[1], sectbil.column(DVA)[1]);
        assertEquals(icio.compute("exports_country_world_sink").value(FVA, s),
                icio.exporters().world().sink().result().value(FVA, s));
    }

    @Test
    void invalidCombinationsSayWhatExists() {
        GvcException e = assertThrows(GvcException.class, () -> icio.exporter(s).self().result());
        assertTrue(e.getMessage().contains("exporter perspective") && e.getMessage().contains("sectexp"), e.getMessage());
        e = assertThrows(GvcException.class, () -> icio.exporter(s).perspective(Perspective.IMPORTER));
        assertTrue(e.getMessage().contains("imports"), e.getMessage());
        e = assertThrows(GvcException.class, () -> icio.exporter(s).sink().self());
        assertTrue(e.getMessage().contains("no approach"), e.getMessage());
        e = assertThrows(GvcException.class,
                () -> icio.exporter(s).perspective(Perspective.SELF).approach(Approach.SOURCE));
        assertTrue(e.getMessage().contains("no approach"), e.getMessage());
        e = assertThrows(GvcException.class, () -> icio.exporter(s).approach(Approach.NA));
        assertTrue(e.getMessage().contains("source or sink"), e.getMessage());
        e = assertThrows(GvcException.class, () -> icio.exporter(s).world().withTerms().result());
        assertTrue(e.getMessage().contains("exporter perspective (source or sink) only"), e.getMessage());
        e = assertThrows(GvcException.class, () -> icio.exporter(s).importer(s));
        assertTrue(e.getMessage().contains("two different countries"), e.getMessage());
        e = assertThrows(GvcException.class, () -> icio.compute("exports_country_self_na"));
        assertTrue(e.getMessage().contains("exports_sector_self_na"), e.getMessage());
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class,
                () -> new Combination(org.gvc4j.method.icio.Flow.EXPORTS, org.gvc4j.method.icio.Level.COUNTRY,
                        Perspective.SELF, Approach.NA).validated());
        assertTrue(p.getMessage().contains("Supported combinations"), p.getMessage());
    }

    @Test
    void writeAllUsesTheReferenceNamesAndHeaders(@TempDir Path out) throws Exception {
        MrioTable toy = Gvc.load(Reference.table("gvcanalyzer-toy"));
        List<Path> files = toy.decompose().icio().writeAll(out);
        assertEquals(Combination.supported().size(), files.size());
        for (Combination c : Combination.icio()) {
            Path written = out.resolve(c.fileName());
            assertTrue(Files.isRegularFile(written), c.fileName());
            Reference.Csv got = Reference.read(written);
            Reference.Csv exp = Reference.read(Reference.expected("gvcanalyzer-toy", c.fileName()));
            assertTrue(got.header().containsAll(exp.header()), c.fileName() + ": " + got.header() + " vs " + exp.header());
            assertEquals(exp.rows().size(), got.rows().size(), c.fileName());
        }
    }
}
