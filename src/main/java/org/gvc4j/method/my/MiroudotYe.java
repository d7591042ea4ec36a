package org.gvc4j.method.my;

import java.util.ArrayList;
import java.util.List;
import org.gvc4j.method.Frame;
import org.gvc4j.method.icio.Approach;
import org.gvc4j.method.icio.Combination;
import org.gvc4j.method.icio.Flow;
import org.gvc4j.method.icio.Icio;
import org.gvc4j.method.icio.IcioColumns;
import org.gvc4j.method.icio.Level;
import org.gvc4j.method.icio.Perspective;
import org.gvc4j.model.LeontiefModel;

/**
 * Miroudot and Ye (2021): value added in exports counted once at a chosen perimeter, B° = (I − A°)⁻¹ with A° the
 * coefficients without the perimeter's exports of intermediates (methods.md §3.11). Every perimeter is a
 * Borin–Mancini perimeter already computed by {@link Icio} on the same model (no modified inverse is built):
 * <ul>
 *   <li>country: A° = A\s, the BM exporter perspective, source approach (any level, exporting-sector breakdown);</li>
 *   <li>partner: A° = A\sr, icio's bilateral perimeter (pair level);</li>
 *   <li>sector: one sector's intermediate exports removed, icio's sectexp (exporter × sector);</li>
 *   <li>sector × partner: icio's sectbil (exporter × sector × importer);</li>
 *   <li>world ("WLD"): A° = A_D, B° = L, so FVA = 0 and all foreign content is FDC, split into FDC1 (BM world/source
 *       FVA, value added crossing one border before s's exports) and FDC2 = FDC − FDC1 (any level).</li>
 * </ul>
 */
public final class MiroudotYe {
    private final Icio icio;

    public MiroudotYe(LeontiefModel model) {
        this.icio = new Icio(model);
    }

    /** The country perimeter (exvatools' default {@code perim = "country"}) at any level. */
    public Frame country(Level level) {
        return fields(bm(level, Perspective.EXPORTER, Approach.SOURCE));
    }

    /** The partner perimeter (exvatools {@code partner = r}): one row per (exporter, importer). */
    public Frame partner() {
        return fields(bm(Level.PAIR, Perspective.SELF, Approach.NA));
    }

    /** The sector perimeter (exvatools {@code sector = n}): one row per (exporter, sector). */
    public Frame sector() {
        return fields(bm(Level.SECTOR, Perspective.SELF, Approach.NA));
    }

    /** Sector and partner together: one row per (exporter, sector, importer). */
    public Frame sectorPartner() {
        return fields(bm(Level.SECTOR_PAIR, Perspective.SELF, Approach.NA));
    }

    /**
     * The world perimeter (exvatools {@code perim = "WLD"}) at any level: DC, DVA and DDC as the country perimeter,
     * FVA = 0, FDC = FC, FDC1 = BM world/source FVA, FDC2 = FC − FDC1.
     */
    public Frame world(Level level) {
        Frame own = bm(level, Perspective.EXPORTER, Approach.SOURCE);
        Frame world = bm(level, Perspective.WORLD, Approach.SOURCE);
        Frame out = new Frame(own.keyNames(), MyColumns.WORLD_FIELDS);
        for (int i = 0; i < own.rowCount(); i++) {
            double fc = own.value(i, IcioColumns.FC);
            double fdc1 = world.value(i, IcioColumns.FVA);
            out.add(keys(own, i), new double[] {own.value(i, IcioColumns.GEXP), own.value(i, IcioColumns.DC),
                own.value(i, IcioColumns.DVA), own.value(i, IcioColumns.DDC), fc, 0, fc, fdc1, fc - fdc1});
        }
        copyNotes(own, out);
        return out;
    }

    private Frame bm(Level level, Perspective p, Approach a) {
        int[] all = icio.allCountries();
        return icio.exports(new Combination(Flow.EXPORTS, level, p, a), all, all, false);
    }

    private static Frame fields(Frame bm) {
        Frame out = new Frame(bm.keyNames(), MyColumns.FIELDS);
        for (int i = 0; i < bm.rowCount(); i++) {
            out.add(keys(bm, i), new double[] {bm.value(i, IcioColumns.GEXP), bm.value(i, IcioColumns.DC),
                bm.value(i, IcioColumns.DVA), bm.value(i, IcioColumns.DDC), bm.value(i, IcioColumns.FC),
                bm.value(i, IcioColumns.FVA), bm.value(i, IcioColumns.FDC)});
        }
        copyNotes(bm, out);
        return out;
    }

    private static String[] keys(Frame f, int row) {
        List<String> k = new ArrayList<>();
        for (int c = 0; c < f.keyNames().size(); c++) {
            k.add(f.key(row, c));
        }
        return k.toArray(new String[0]);
    }

    private static void copyNotes(Frame from, Frame to) {
        for (String n : from.notes()) {
            to.note(n);
        }
    }
}
