package org.gvc4j.position;

import org.gvc4j.TestModels;
import static org.gvc4j.testing.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gvc4j.MrioTable;
import org.gvc4j.linalg.Mat;
import org.gvc4j.method.Frame;
import org.gvc4j.method.apl.Apl;
import org.gvc4j.method.koopman.Koopman;
import org.gvc4j.method.rca.Rca;
import org.gvc4j.method.upstreamness.Upstreamness;
import org.gvc4j.method.wwyz.Wwyz;
import org.gvc4j.model.Conventions;
import org.gvc4j.model.IoTable;
import org.gvc4j.model.LeontiefModel;
import org.gvc4j.source.SyntheticTable;
import org.junit.jupiter.api.Test;

/**
 * Zero-output industries (also ones that still trade), a single country, a country with no exports, negative
 * exports: every frame is built, values are finite or missing exactly where a denominator is zero.
 */
class PositionEdgeCaseTest {

    static LeontiefModel model(IoTable t) {
        return TestModels.of(new MrioTable(t, Conventions.DEFAULT));
    }

    /** Every frame of the five packages (the full APL matrix in long form too). */
    static List<Frame> all(LeontiefModel m) {
        Wwyz w = new Wwyz(m);
        Upstreamness u = new Upstreamness(m);
        Apl a = new Apl(m);
        Koopman k = new Koopman(m);
        Rca r = new Rca(m);
        return List.of(w.participationBySector(), w.participationByCountry(), w.lengthBySector(), w.lengthByCountry(),
                u.upstreamnessBySector(), u.upstreamnessByCountry(), u.downstreamnessBySector(),
                u.downstreamnessByCountry(), a.bySector(), a.byCountryPair(), a.cells(), k.bySector(), k.byCountry(),
                r.grossBySector(), r.valueAddedBySector());
    }

    static int row(Frame f, String... key) {
        for (int r = 0; r < f.rowCount(); r++) {
            boolean ok = true;
            for (int c = 0; c < key.length; c++) {
                ok &= f.key(r, c).equals(key[c]);
            }
            if (ok) {
                return r;
            }
        }
        throw new AssertionError("no row " + String.join("/", key));
    }

    static void missing(Frame f, int row, String... columns) {
        for (String c : columns) {
            assertTrue(Frame.isMissing(f.value(row, c)), c + " of row " + row + " is " + f.value(row, c));
        }
    }

    /**
     * The table with every foreign sale of the given industries (intermediate and final) moved into their own
     * country's final demand: rows stay balanced, and those industries export nothing.
     */
    static IoTable exportsMovedHome(IoTable base, String name, int... industries) {
        int n = base.labels().size();
        int nSec = base.labels().sectorCount();
        Mat z = base.z().copy();
        Mat y = base.y().copy();
        for (int i : industries) {
            int home = i / nSec;
            double moved = 0;
            for (int j = 0; j < n; j++) {
                if (j / nSec != home) {
                    moved += z.get(i, j);
                    z.set(i, j, 0);
                }
            }
            for (int r = 0; r < base.labels().countryCount(); r++) {
                if (r != home) {
                    moved += y.get(i, r);
                    y.set(i, r, 0);
                }
            }
            y.set(i, home, y.get(i, home) + moved);
        }
        return new IoTable(name, base.labels(), z, y, base.valueAdded(), base.output());
    }

    @Test
    void zeroOutputIndustriesAreMissingOrOneWhereTheDefinitionsSaySo() {
        IoTable t = SyntheticTable.generate(42, 4, 3, 3);
        LeontiefModel m = model(t);
        for (Frame f : all(m)) {
            assertTrue(f.rowCount() > 0);
        }
        double[] x = t.output();
        Frame part = new Wwyz(m).participationBySector();
        Frame len = new Wwyz(m).lengthBySector();
        Frame up = new Upstreamness(m).upstreamnessBySector();
        Frame down = new Upstreamness(m).downstreamnessBySector();
        Frame apl = new Apl(m).bySector();
        Frame koop = new Koopman(m).bySector();
        Frame rca = new Rca(m).grossBySector();
        int dead = 0;
        for (int k = 0; k < x.length; k++) {
            if (x[k] != 0) {
                assertTrue(Double.isFinite(len.value(k, "PLv")) && Double.isFinite(up.value(k, "U")), "live " + k);
                continue;
            }
            dead++;
            assertEquals(0.0, part.value(k, "VA"));
            assertEquals(0.0, part.value(k, "FGY"));
            missing(part, k, "GVCPt_f", "GVCPt_f_S", "GVCPt_f_C", "GVCPt_b", "GVCPt_b_S", "GVCPt_b_C");
            missing(len, k, "PLv", "PLy", "PLv_GVC", "PLy_GVC", "GVC_position");
            assertEquals(1.0, up.value(k, "U"));
            assertEquals(1.0, down.value(k, "D"));
            missing(apl, k, "APL_forward", "APL_backward");
            missing(koop, k, "IV_share", "FV_share", "participation", "position");
            assertEquals(0.0, rca.value(k, "RCA"), "a zero-output industry exports nothing: RCA 0, not missing");
        }
        assertEquals(3, dead);
    }

    /**
     * A zero-output industry that still sells and buys (the model zeroes its coefficients and notes it): the Ghosh
     * rows of the industries that sell to it keep those sales, as Δ = X̂⁻¹Z says, and U still equals the explicit
     * (I − Δ)⁻¹ u′.
     */
    @Test
    void upstreamnessKeepsSalesToAZeroOutputIndustry() {
        IoTable base = SyntheticTable.generate(42, 4, 3, 3);
        double[] x = base.output();
        int q = -1;
        for (int k = 0; k < x.length && q < 0; k++) {
            q = x[k] == 0 ? k : -1;
        }
        int seller = (q + 1) % x.length;
        while (x[seller] == 0) {
            seller = (seller + 1) % x.length;
        }
        Mat z = base.z().copy();
        z.set(seller, q, 0.1 * x[seller]);
        z.set(q, seller, 0.05 * x[seller]);
        IoTable t = new IoTable("zero-output-trading", base.labels(), z, base.y().copy(), base.valueAdded(), x);
        LeontiefModel m = model(t);
        assertTrue(m.notes().stream().anyMatch(s -> s.contains("zero output but inputs")), m.notes().toString());
        double[] want = new Explicit(m).upstreamness();
        double[] got = new Upstreamness(m).upstreamness();
        for (int k = 0; k < x.length; k++) {
            assertClose(want[k], got[k], 1, "U at " + k);
        }
        double withoutSale = new Upstreamness(model(base)).upstreamness()[seller];
        assertTrue(got[seller] > withoutSale + 0.05, "the sale to the zero-output industry counts: " + got[seller]
                + " vs " + withoutSale);
    }

    @Test
    void oneCountryHasNoGvcsAndMissingTradeShares() {
        LeontiefModel m = model(SyntheticTable.generate(7, 1, 3, 0));
        for (Frame f : all(m)) {
            assertTrue(f.rowCount() > 0);
        }
        Frame part = new Wwyz(m).participationByCountry();
        for (String c : List.of("VRT", "VGVC_S", "VGVC_C", "YRT", "YGVC_S", "YGVC_C")) {
            assertEquals(0.0, part.value(0, c), c);
        }
        assertEquals(0.0, part.value(0, "GVCPt_f"));
        assertClose(part.value(0, "VA"), part.value(0, "VD"), part.value(0, "VA"), "closed economy: all VA is VD");
        missing(new Wwyz(m).lengthByCountry(), 0, "PLv_GVC", "PLy_GVC", "GVC_position");
        Frame koop = new Koopman(m).byCountry();
        assertEquals(0.0, koop.value(0, "E"));
        missing(koop, 0, "IV_share", "FV_share", "participation", "position");
        Frame rca = new Rca(m).grossBySector();
        missing(rca, 0, "RCA");
        Frame pair = new Apl(m).byCountryPair();
        assertEquals(1, pair.rowCount());
        assertTrue(pair.value(0, "APL") >= 1);
    }

    /** A country that sells nothing abroad (its exports moved into its own final demand): shares missing, parts 0. */
    @Test
    void countryWithoutExports() {
        IoTable t = exportsMovedHome(SyntheticTable.generate(11, 3, 2, 0), "no-exports", 2, 3);
        LeontiefModel m = model(t);
        for (Frame f : all(m)) {
            assertTrue(f.rowCount() > 0);
        }
        Frame koop = new Koopman(m).byCountry();
        int c02 = row(koop, "C02");
        assertEquals(0.0, koop.value(c02, "E"));
        assertEquals(0.0, koop.value(c02, "IV"), "no exports, no value added in others' exports");
        missing(koop, c02, "IV_share", "FV_share", "participation", "position");
        Frame rca = new Rca(m).valueAddedBySector();
        missing(rca, row(rca, "C02", "S01"), "RCA");
        assertTrue(rca.value(row(rca, "C01", "S01"), "RCA") > 0);
        Frame part = new Wwyz(m).participationByCountry();
        int p = row(part, "C02");
        assertEquals(0.0, part.value(p, "VRT"));
        assertEquals(0.0, part.value(p, "VGVC_S"));
        assertEquals(0.0, part.value(p, "VGVC_C"));
        assertTrue(part.value(p, "GVCPt_b") > 0, "it still imports inputs");
        Frame pairs = new Apl(m).byCountryPair();
        missing(pairs, row(pairs, "C02", "C01"), "APL");
        assertTrue(pairs.value(row(pairs, "C01", "C02"), "APL") >= 1);
    }

    /** Negative exports (inventory changes) can make 1 + IV/E negative: the position is missing and a note says why. */
    @Test
    void koopmanPositionIsMissingWhereTheLogarithmIsUndefined() {
        IoTable moved = exportsMovedHome(SyntheticTable.generate(11, 3, 2, 0), "negative-exports", 0);
        Mat y = moved.y().copy();
        y.set(0, 0, y.get(0, 0) + 0.002);
        y.set(0, 1, -0.001);
        y.set(0, 2, -0.001);
        LeontiefModel m = model(new IoTable("negative-exports", moved.labels(), moved.z(), y, moved.valueAdded(),
                moved.output()));
        Frame koop = new Koopman(m).bySector();
        int r = row(koop, "C01", "S01");
        assertEquals(-0.002, koop.value(r, "E"), 1e-15);
        assertTrue(koop.value(r, "IV") > 0.002, "IV " + koop.value(r, "IV"));
        assertTrue(koop.value(r, "IV_share") < -1);
        missing(koop, r, "position");
        assertTrue(koop.notes().stream().anyMatch(s -> s.startsWith("position: the logarithm is undefined")
                && s.contains("C01/S01")), koop.notes().toString());
        assertTrue(Double.isFinite(koop.value(row(koop, "C01", "S02"), "position")));
    }
}
