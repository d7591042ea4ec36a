package org.gvc4j.classic;

import org.gvc4j.TestModels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gvc4j.MrioTable;
import org.gvc4j.linalg.Mat;
import org.gvc4j.method.Frame;
import org.gvc4j.method.icio.Level;
import org.gvc4j.method.kww.Kww;
import org.gvc4j.method.leontief.Leontief;
import org.gvc4j.method.leontief.Post;
import org.gvc4j.method.my.MiroudotYe;
import org.gvc4j.method.tiva.Tiva;
import org.gvc4j.method.wwz.Wwz;
import org.gvc4j.model.Conventions;
import org.gvc4j.model.IoTable;
import org.gvc4j.model.LeontiefModel;
import org.gvc4j.source.SyntheticTable;
import org.gvc4j.testing.EdgeTables;
import org.junit.jupiter.api.Test;

/** Zero-output sectors, one country, a country without exports, an isolated industry of negative output. */
class ClassicEdgeCaseTest {

    /** Every frame of every classic method (rows are checked finite or MISSING by Frame.add itself). */
    static List<Frame> all(LeontiefModel m) {
        List<Frame> out = new ArrayList<>();
        Leontief l = new Leontief(m);
        for (Post p : Post.values()) {
            out.add(l.byCountry(p));
            out.add(l.bySector(p));
            out.add(l.byOriginSector(p));
        }
        out.add(l.finalDemand());
        out.add(l.verticalSpecialisation());
        out.add(l.verticalSpecialisationBySector());
        Wwz wwz = new Wwz(m);
        MiroudotYe my = new MiroudotYe(m);
        for (Level level : new Level[] {Level.COUNTRY, Level.SECTOR, Level.PAIR, Level.SECTOR_PAIR}) {
            out.add(wwz.terms(level));
            out.add(wwz.standard(level));
            out.add(wwz.kww(level));
            out.add(my.country(level));
            out.add(my.world(level));
        }
        out.add(new Kww(m).terms(Kww.Closure.RESIDUAL));
        Tiva tiva = new Tiva(m);
        out.addAll(List.of(tiva.country(), tiva.sector(), tiva.bilateral(), tiva.detail()));
        return out;
    }

    @Test
    void zeroOutputIndustriesHaveZeroRowsAndMissingShares() {
        IoTable t = SyntheticTable.generate(42, 4, 3, 3);
        LeontiefModel m = TestModels.of(new MrioTable(t, Conventions.DEFAULT));
        all(m);
        double[] x = m.output();
        Frame vs = new Leontief(m).verticalSpecialisationBySector();
        Frame origin = new Leontief(m).byOriginSector(Post.EXPORTS);
        int zeros = 0;
        for (int r = 0; r < vs.rowCount(); r++) {
            int k = m.labels().countryIndex(vs.key(r, 0), "exporter") * 3 + m.labels().sectorIndex(vs.key(r, 1));
            if (x[k] == 0) {
                zeros++;
                assertEquals(0.0, vs.value(r, "EXGR"));
                assertTrue(Frame.isMissing(vs.value(r, "VS_share")), "VS share of a zero-output sector is missing");
            }
        }
        assertEquals(3, zeros);
        for (int r = 0; r < origin.rowCount(); r++) {
            int k = m.labels().countryIndex(origin.key(r, 0), "origin") * 3 + m.labels().sectorIndex(origin.key(r, 1));
            if (x[k] == 0) {
                assertEquals(0.0, origin.value(r, 0), "no value added originates in a zero-output industry");
            }
        }
        assertTrue(vs.notes().stream().anyMatch(n -> n.startsWith("VS_share: missing")), vs.notes().toString());
    }

    @Test
    void oneCountryHasNoTradeButEveryMethodRuns() {
        LeontiefModel m = TestModels.of(new MrioTable(SyntheticTable.generate(7, 1, 3, 0), Conventions.DEFAULT));
        all(m);
        assertEquals(0, new Wwz(m).terms(Level.PAIR).rowCount());
        Frame kww = new Kww(m).terms();
        for (int c = 0; c < kww.valueNames().size(); c++) {
            assertEquals(0.0, kww.value(0, c), kww.valueNames().get(c));
        }
        Frame tiva = new Tiva(m).country();
        assertTrue(Frame.isMissing(tiva.value(0, "VAX_RATIO")));
        assertEquals(tiva.value(0, "VA"), tiva.value(0, "DXD_DVA"), 1e-9 * tiva.value(0, "VA"),
                "a closed economy absorbs all its value added at home");
        assertEquals(0.0, tiva.value(0, "FFD_DVA"));
    }

    @Test
    void countryWithoutExportsGetsZerosButStillImportsValueAdded() {
        LeontiefModel m = TestModels.of(new MrioTable(EdgeTables.withoutExportsOfC02(), Conventions.DEFAULT));
        all(m);
        Frame wwz = new Wwz(m).standard(Level.COUNTRY);
        Frame kww = new Kww(m).terms();
        Frame tiva = new Tiva(m).country();
        for (String c : List.of("EXGR", "DC", "DVA", "FC", "FDC")) {
            assertEquals(0.0, wwz.value(1, c), "WWZ " + c);
        }
        assertEquals(0.0, kww.value(1, "DVA_INT"));
        assertTrue(Frame.isMissing(tiva.value(1, "VAX_RATIO")));
        assertTrue(tiva.value(1, "DFD_FVA") > 0, "it still absorbs foreign value added");
        assertTrue(tiva.value(1, "IMGR") > 0);
        assertTrue(Frame.isMissing(new Leontief(m).verticalSpecialisation().value(1, "VS_share")));
    }

    /**
     * An isolated industry (no intermediate flows) whose only sale is a domestic final demand of −1, as WIOD 2013's
     * LUX.c5: its output recomputed from rows is −1. Under Conventions.EXVATOOLS its value added −1 is absorbed at
     * home (exvatools' v = 1), so V̂BY still sums to final demand; with output as given (0) it carries no value added.
     */
    @Test
    void isolatedIndustryOfNegativeOutputKeepsExvatoolsValueAdded() {
        IoTable base = SyntheticTable.generate(5, 2, 2, 0);
        Mat z = base.z().copy();
        Mat y = base.y().copy();
        double[] x = base.output();
        int k = 3; // C02.S02
        for (int j = 0; j < 4; j++) {
            z.set(k, j, 0);
            z.set(j, k, 0);
        }
        y.set(k, 0, 0);
        y.set(k, 1, -1);
        x[k] = 0;
        double[] va = base.valueAdded();
        va[k] = 0;
        IoTable t = new IoTable("isolated", base.labels(), z, y, va, x);
        LeontiefModel ex = TestModels.of(new MrioTable(t, Conventions.EXVATOOLS));
        assertTrue(ex.notes().stream().anyMatch(s -> s.startsWith("C02.S02: output recomputed from rows is -1.0")));
        Frame fd = new Leontief(ex).finalDemandByCountry();
        Frame tiva = new Tiva(ex).sector();
        assertEquals(-1.0, tiva.value(3, "VA"));
        assertEquals(-1.0, tiva.value(3, "PROD"));
        assertEquals(-1.0, tiva.value(3, "DXD_DVA"), 1e-15);
        double absorbedInC02 = fd.value(2, 0) + fd.value(3, 0); // origins C01, C02 → destination C02
        assertEquals(ex.finalDemand().columnSums()[1], absorbedInC02, 1e-9 * Math.abs(absorbedInC02));
        LeontiefModel given = TestModels.of(new MrioTable(t, Conventions.DEFAULT));
        assertEquals(0.0, new Tiva(given).sector().value(3, "DXD_DVA"));
    }
}
