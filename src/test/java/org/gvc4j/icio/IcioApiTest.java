package org.gvc4j.icio;

import static org.gvc4j.method.Keys.*;
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
import org.gvc4j.result.MeasureTable;
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
                icio.exporter(s).getColumnNames());
        assertEquals(List.of(EXPORTER, SECTOR, IMPORTER, GEXP, DC, DVA, VAX, VAXIM, REF, DDC, FC, FVA, FDC),
                icio.exporter(s).importer(r).sink().bySector().getColumnNames());
        assertEquals(List.of(EXPORTER, GEXP, DC, DVA, VAX, REF, DDC, FC, FVA, FDC),
                icio.exporter(s).world().sink().getColumnNames());
        assertEquals(List.of(EXPORTER, IMPORTER, GEXP, DC, DVA, VAX, REF, DDC, FC, FVA, FDC),
                icio.exporter(s).importer(r).self().getColumnNames());
        assertEquals(List.of(IMPORTER, GIMP, VA, MDC), icio.importer(r).getColumnNames());
        assertEquals(List.of(IMPORTER, ORIGIN, VA, MDC), icio.importer(r).byOrigin().getColumnNames());
        assertTrue(icio.exporter(s).withTerms().getColumnNames().containsAll(SOURCE_TERMS));
    }

    @Test
    void rowsPerLevel() {
        int g = io.getCountries().size();
        int n = io.getSectors().size();
        assertEquals(1, icio.exporter(s).getRowCount());
        assertEquals(g, icio.exporters().getRowCount());
        assertEquals(n, icio.exporter(s).bySector().getRowCount());
        assertEquals(g - 1, icio.exporter(s).importers().getRowCount());
        assertEquals(n * (g - 1), icio.exporter(s).importers().bySector().getRowCount());
        assertEquals(g * g, icio.importers().byOrigin().getRowCount());
    }

    @Test
    void theDesignCardChainAndTheDataDrivenNamesGiveTheSameNumbers() {
        MeasureTable sink = icio.exporter(s).importer(r).sink().bySector();
        MeasureTable all = icio.compute("exports_sectorpair_exporter_sink").where(EXPORTER, s).where(IMPORTER, r);
        assertEquals(all.column(VAXIM)[0], sink.column(VAXIM)[0]);
        MeasureTable sectbil = icio.exporter(s).importer(r).self().bySector();
        assertEquals(icio.compute("icio_exports_bilateral_self_na.csv").where(EXPORTER, s).where(IMPORTER, r)
                .column(DVA)[1], sectbil.column(DVA)[1]);
        assertEquals(icio.compute("exports_country_world_sink").value(FVA, s), icio.exporters().world().sink().value(FVA, s));
        assertEquals("icio().exporter(\"" + s + "\").importer(\"" + r + "\").sink().bySector()", sink.getChain());
    }

    /**
     * What the step types cannot rule out fails at the call, with one message that says what to change; every chain
     * the types rule out is in ChainsThatCannotRunDoNotCompileTest.
     */
    @Test
    void whatTheTypesCannotRuleOutFailsAtTheCall() {
        GvcException e = assertThrows(GvcException.class, () -> icio.exporter(s).importer(s.toLowerCase()));
        assertEquals("exporter and importer are both " + s + ": a bilateral flow needs two different countries; choose "
                + "another importer, or importers() for every partner", e.getMessage());
        e = assertThrows(GvcException.class, () -> icio.compute("exports_country_self_na"));
        assertTrue(e.getMessage().startsWith("unknown or unsupported icio combination \"exports_country_self_na\"; "
                + "supported: exports_country_exporter_source, "), e.getMessage());
        e = assertThrows(GvcException.class, () -> new Combination(org.gvc4j.method.icio.Flow.EXPORTS,
                org.gvc4j.method.icio.Level.COUNTRY, Perspective.SELF, Approach.NA).validated());
        assertTrue(e.getMessage().startsWith("exports at country level, self perspective, na approach: the own perimeter "
                + "of a country's total exports is the exporter perspective. Supported combinations: "), e.getMessage());
        e = assertThrows(GvcException.class, () -> icio.group("EU"));
        assertEquals("country group EU is empty: give it at least one member", e.getMessage());
        e = assertThrows(GvcException.class, () -> icio.exporter(s).origin());
        assertEquals("origin(): name at least one country of origin, or use byOrigin() for all", e.getMessage());
        // a cast past the step types reaches the query's own check, not an IllegalArgumentException from the method
        org.gvc4j.dsl.IcioApproachStep cast = (org.gvc4j.dsl.IcioApproachStep) (Object) icio.exporter(s).world();
        e = assertThrows(GvcException.class, () -> cast.withTerms().getRowCount());
        assertEquals("the sub-terms (withTerms) exist for the exporter perspective (source or sink) only, not for the "
                + "world perspective: icio().exporter(\"" + s + "\").world().withTerms()", e.getMessage());
        e = assertThrows(GvcException.class, () -> icio.exporter(s).sector("Manufactoring"));
        assertEquals("Unknown sector \"Manufactoring\" (did you mean Manufacturing?). Valid sectors: Agriculture, "
                + "Manufacturing, Energy, Services", e.getMessage());
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
