package org.gvc4j.icio;

import org.gvc4j.TestModels;
import static org.gvc4j.method.Keys.*;
import static org.gvc4j.method.icio.IcioColumns.*;
import static org.gvc4j.testing.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gvc4j.MrioTable;
import org.gvc4j.dsl.IcioStep;
import org.gvc4j.model.Conventions;
import org.gvc4j.model.LeontiefModel;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.testing.Close;
import org.gvc4j.testing.RandomTables;
import org.junit.jupiter.api.Test;

/**
 * The identities of methods.md §6 (and §3.1–3.5) on 200 seeded random tables each, tolerance Close.IDENTITY
 * (1e-10 relative to the largest gross exports of the table). Identities that need a balanced table run on exactly
 * balanced tables only (VA = X − colSums(Z), X = rowSums(Z) + rowSums(Y)); the others also on unbalanced ones
 * (output perturbed by ±2%, residual VA).
 */
class IcioIdentityTest {
    static final int TABLES = 200;
    static final List<String> BILATERAL_KEYS = List.of(EXPORTER, SECTOR, IMPORTER);

    private static MrioTable[] anyTables(long seed) {
        return new MrioTable[] {RandomTables.balanced(seed),
            new MrioTable(RandomTables.unbalancedData(seed), Conventions.DEFAULT)};
    }

    /** GEXP = DC + FC, DC = DVA + DDC, FC = FVA + FDC, DVA = VAX + REF, GVCB = FC + DDC = HIY VS, DAVAX = VAX1 + VAX2. */
    @Test
    void sourceSplitsHoldCellByCellOnAnyTable() {
        int checked = 0;
        for (long seed = 1; seed <= TABLES; seed++) {
            for (MrioTable io : anyTables(seed)) {
                if (io.getCountries().size() < 2) {
                    continue;
                }
                LeontiefModel m = TestModels.of(io);
                Rows src = new Rows(io.decompose().icio().exporters().importers().bySector().withTerms(), BILATERAL_KEYS);
                double scale = src.max(GEXP);
                forEachCell(io, (s, k, r, key) -> {
                    String w = io.getName() + " " + String.join("/", key);
                    assertClose(src.get(GEXP, key), src.get(DC, key) + src.get(FC, key), scale, w + ": GEXP = DC + FC");
                    assertClose(src.get(DC, key), src.get(DVA, key) + src.get(DDC, key), scale, w + ": DC = DVA + DDC");
                    assertClose(src.get(FC, key), src.get(FVA, key) + src.get(FDC, key), scale, w + ": FC = FVA + FDC");
                    assertClose(src.get(DVA, key), src.get(VAX, key) + src.get(REF, key), scale, w + ": DVA = VAX + REF");
                    assertClose(src.get(GVC, key), src.get(GVCB, key) + src.get(GVCF, key), scale, w + ": GVC = GVCB + GVCF");
                    assertClose(src.get(GEXP, key) - src.get(DAVAX, key), src.get(GVC, key), scale, w + ": GVC");
                    double hiy = m.importContent(s)[k] * m.exports(s, r)[k];
                    assertClose(hiy, src.get(GVCB, key), scale, w + ": GVCB = HIY vertical specialisation");
                    assertClose(src.get(DAVAX, key), src.get(VAX1, key) + src.get(VAX2, key), scale, w + ": DAVAX = VAX1 + VAX2");
                });
                checked++;
            }
        }
        assertTrue(checked >= 2 * 150, "too few multi-country tables: " + checked);
    }

    /** Sink and world share DC and FC with the source in every cell; their splits close; world keeps the domestic side. */
    @Test
    void sinkAndWorldShareContentWithTheSourceOnAnyTable() {
        for (long seed = 1; seed <= TABLES; seed++) {
            for (MrioTable io : anyTables(seed)) {
                if (io.getCountries().size() < 2) {
                    continue;
                }
                IcioStep icio = io.decompose().icio();
                Rows src = new Rows(icio.exporters().importers().bySector(), BILATERAL_KEYS);
                Rows sink = new Rows(icio.exporters().importers().sink().bySector(), BILATERAL_KEYS);
                Rows wsrc = new Rows(icio.exporters().importers().world().bySector(), BILATERAL_KEYS);
                Rows wsnk = new Rows(icio.exporters().importers().world().sink().bySector(), BILATERAL_KEYS);
                double scale = src.max(GEXP);
                forEachCell(io, (s, k, r, key) -> {
                    String w = io.getName() + " " + String.join("/", key);
                    for (Rows other : new Rows[] {sink, wsrc, wsnk}) {
                        assertClose(src.get(DC, key), other.get(DC, key), scale, w + ": DC");
                        assertClose(src.get(FC, key), other.get(FC, key), scale, w + ": FC");
                        assertClose(other.get(GEXP, key), other.get(DVA, key) + other.get(DDC, key)
                                + other.get(FVA, key) + other.get(FDC, key), scale, w + ": four-way split");
                        assertClose(other.get(DVA, key), other.get(VAX, key) + other.get(REF, key), scale, w + ": DVA");
                    }
                    for (Rows world : new Rows[] {wsrc, wsnk}) {
                        for (String f : List.of(DVA, VAX, REF, DDC)) {
                            assertClose(src.get(f, key), world.get(f, key), scale, w + ": world " + f);
                        }
                    }
                });
            }
        }
    }

    /** Country, sector and pair levels are sums of the bilateral-sector cells; one exporter or pair alone gives the same numbers. */
    @Test
    void levelsAddUpAndSelectionsAgree() {
        for (long seed = 1; seed <= TABLES; seed++) {
            MrioTable io = seed % 2 == 0 ? RandomTables.balanced(seed)
                    : new MrioTable(RandomTables.unbalancedData(seed), Conventions.DEFAULT);
            List<String> countries = io.getCountries();
            if (countries.size() < 2) {
                continue;
            }
            IcioStep icio = io.decompose().icio();
            boolean sinkCase = seed % 3 == 0;
            boolean worldCase = seed % 4 == 1;
            Variant pick = new Variant(worldCase, sinkCase);
            Rows cells = new Rows(pick.bySector(icio.exporters().importers()), BILATERAL_KEYS);
            Rows country = new Rows(pick.rows(icio.exporters()), List.of(EXPORTER));
            Rows sector = new Rows(pick.bySector(icio.exporters()), List.of(EXPORTER, SECTOR));
            Rows pair = new Rows(pick.rows(icio.exporters().importers()), List.of(EXPORTER, IMPORTER));
            String s0 = countries.get((int) (seed % countries.size()));
            String r0 = countries.get((int) ((seed + 1) % countries.size()));
            Rows one = new Rows(pick.bySector(icio.exporter(s0).importer(r0)), BILATERAL_KEYS);
            double scale = cells.max(GEXP);
            List<String> sectors = io.getSectors();
            for (String f : List.of(GEXP, DC, DVA, VAX, REF, DDC, FC, FVA, FDC)) {
                for (String s : countries) {
                    double cs = 0;
                    for (String k : sectors) {
                        double ss = 0;
                        for (String r : countries) {
                            if (!r.equals(s)) {
                                ss += cells.get(f, s, k, r);
                            }
                        }
                        assertClose(ss, sector.get(f, s, k), scale, "seed " + seed + " sector " + f);
                        cs += ss;
                    }
                    assertClose(cs, country.get(f, s), scale, "seed " + seed + " country " + f);
                    for (String r : countries) {
                        if (!r.equals(s)) {
                            double ps = 0;
                            for (String k : sectors) {
                                ps += cells.get(f, s, k, r);
                            }
                            assertClose(ps, pair.get(f, s, r), scale, "seed " + seed + " pair " + f);
                        }
                    }
                }
                for (String k : sectors) {
                    assertClose(cells.get(f, s0, k, r0), one.get(f, s0, k, r0), scale, "seed " + seed + " selection " + f);
                }
            }
        }
    }

    /**
     * Balanced tables: Σ_r sink = source at country level (DVA, VAX, REF, DDC, FVA, FDC); the sub-terms add up
     * (REF1 + REF2 = REF, VAX3 + VAX4 = VAX − DAVAX, FVA1 + … + FVA4 = FVA); Σ_r VAX_sr = Johnson–Noguera VAX_s;
     * DVA_s = GDP_s − v_s L_ss y_ss; DAVAX ≤ VAXIM ≤ VAX in every cell.
     */
    @Test
    void balancedTableIdentities() {
        for (long seed = 1; seed <= TABLES; seed++) {
            MrioTable io = RandomTables.balanced(seed);
            List<String> countries = io.getCountries();
            if (countries.size() < 2) {
                continue;
            }
            LeontiefModel m = TestModels.of(io);
            IcioStep icio = io.decompose().icio();
            Rows src = new Rows(icio.exporters().withTerms(), List.of(EXPORTER));
            Rows sink = new Rows(icio.exporters().sink(), List.of(EXPORTER));
            Rows srcCells = new Rows(icio.exporters().importers().bySector(), BILATERAL_KEYS);
            Rows sinkCells = new Rows(icio.exporters().importers().sink().bySector(), BILATERAL_KEYS);
            double scale = src.max(GEXP);
            for (int s = 0; s < countries.size(); s++) {
                String c = countries.get(s);
                String w = "seed " + seed + " " + c;
                for (String f : List.of(DVA, VAX, REF, DDC, FVA, FDC)) {
                    assertClose(src.get(f, c), sink.get(f, c), scale, w + ": sum of sink " + f + " = source");
                }
                assertClose(src.get(REF, c), src.get(REF1, c) + src.get(REF2, c), scale, w + ": REF1 + REF2");
                assertClose(src.get(VAX, c) - src.get(DAVAX, c), src.get(VAX3, c) + src.get(VAX4, c), scale, w + ": VAX3 + VAX4");
                assertClose(src.get(FVA, c), src.get(FVA1, c) + src.get(FVA2, c) + src.get(FVA3, c) + src.get(FVA4, c),
                        scale, w + ": FVA1..4");
                double[] vs = m.vaCoefficients(s);
                double jn = 0;
                double[] bySelf = new double[m.sectors()];
                for (int r = 0; r < countries.size(); r++) {
                    double[] ysr = m.yBlock(s, r);
                    double[] xr = m.bTimes(column(m, r));
                    double[] block = java.util.Arrays.copyOfRange(xr, s * m.sectors(), (s + 1) * m.sectors());
                    if (r != s) {
                        jn += org.gvc4j.linalg.Vec.dot(vs, block);
                    } else {
                        bySelf = ysr;
                    }
                }
                assertClose(jn, src.get(VAX, c), scale, w + ": sum of VAX = Johnson-Noguera VAX");
                double gdp = org.gvc4j.linalg.Vec.sum(m.valueAdded(s));
                double domestic = org.gvc4j.linalg.Vec.dot(m.vlDom(s), bySelf);
                assertClose(gdp - domestic, src.get(DVA, c), scale, w + ": DVA = GDP - v L y_ss");
            }
            double tol = Close.IDENTITY * scale;
            long sd = seed;
            forEachCell(io, (s, k, r, key) -> {
                double davax = srcCells.get(DAVAX, key);
                double vaxim = sinkCells.get(VAXIM, key);
                double vax = sinkCells.get(VAX, key);
                assertTrue(davax <= vaxim + tol && vaxim <= vax + tol, "seed " + sd + " " + String.join("/", key)
                        + ": DAVAX " + davax + " <= VAXIM " + vaxim + " <= VAX " + vax);
            });
        }
    }

    private static double[] column(LeontiefModel m, int r) {
        double[] y = new double[m.size()];
        System.arraycopy(m.finalDemand().data, r * m.size(), y, 0, m.size());
        return y;
    }

    /**
     * Self perimeters: DVA★ + DDC★ = DC and FVA★ + FDC★ = FC (any table); DVA★ ≥ DVA of the exporter perspective
     * (source and sink) for non-negative flows, at sector (sectexp), bilateral-sector (sectbil) and pair level.
     */
    @Test
    void selfPerimetersSplitTheSameContentAndCountMoreOnce() {
        for (long seed = 1; seed <= TABLES; seed++) {
            for (MrioTable io : anyTables(seed)) {
                if (io.getCountries().size() < 2) {
                    continue;
                }
                boolean balanced = !io.getName().endsWith("unbalanced");
                IcioStep icio = io.decompose().icio();
                check(io, balanced, icio.exporters().self().bySector(), icio.exporters().bySector(),
                        icio.exporters().sink().bySector(), List.of(EXPORTER, SECTOR));
                check(io, balanced, icio.exporters().importers().self().bySector(), icio.exporters().importers().bySector(),
                        icio.exporters().importers().sink().bySector(), BILATERAL_KEYS);
                check(io, balanced, icio.exporters().importers().self(), icio.exporters().importers(),
                        icio.exporters().importers().sink(), List.of(EXPORTER, IMPORTER));
            }
        }
    }

    private static void check(MrioTable io, boolean balanced, MeasureTable self, MeasureTable source, MeasureTable sink, List<String> keys) {
        Rows st = new Rows(self, keys);
        Rows so = new Rows(source, keys);
        Rows si = new Rows(sink, keys);
        double scale = so.max(GEXP);
        double tol = Close.IDENTITY * scale;
        for (int i = 0; i < st.size(); i++) {
            int row = i;
            String[] key = keys.stream().map(k -> self.keys(k).get(row)).toArray(String[]::new);
            String w = io.getName() + " " + self.getChain() + " " + String.join("/", key);
            assertClose(so.get(DC, key), st.get(DVA, key) + st.get(DDC, key), scale, w + ": DVA* + DDC* = DC");
            assertClose(so.get(FC, key), st.get(FVA, key) + st.get(FDC, key), scale, w + ": FVA* + FDC* = FC");
            assertClose(st.get(DVA, key), st.get(VAX, key) + st.get(REF, key), scale, w + ": DVA* = VAX* + REF*");
            assertTrue(st.get(DVA, key) >= so.get(DVA, key) - tol, w + ": DVA* >= DVA source");
            if (balanced) {
                assertTrue(st.get(DVA, key) >= si.get(DVA, key) - tol, w + ": DVA* >= DVA sink");
            }
        }
    }

    /** Imports: VA + MDC = u d^r (gross imports), and VA by origin sums to VA (any table). */
    @Test
    void importsSplitGrossImports() {
        for (long seed = 1; seed <= TABLES; seed++) {
            for (MrioTable io : anyTables(seed)) {
                List<String> countries = io.getCountries();
                if (countries.size() < 2) {
                    continue;
                }
                LeontiefModel m = TestModels.of(io);
                Rows tot = new Rows(io.decompose().icio().importers(), List.of(IMPORTER));
                Rows by = new Rows(io.decompose().icio().importers().byOrigin(), List.of(IMPORTER, ORIGIN));
                double scale = tot.max(GIMP);
                for (int r = 0; r < countries.size(); r++) {
                    String c = countries.get(r);
                    double gross = 0;
                    for (int s = 0; s < countries.size(); s++) {
                        gross += org.gvc4j.linalg.Vec.sum(m.exports(s, r));
                    }
                    String w = io.getName() + " " + c;
                    assertClose(gross, tot.get(GIMP, c), scale, w + ": GIMP = gross imports");
                    assertClose(gross, tot.get(VA, c) + tot.get(MDC, c), scale, w + ": VA + MDC = gross imports");
                    double va = 0;
                    double dc = 0;
                    for (String o : countries) {
                        va += by.get(VA, c, o);
                        dc += by.get(MDC, c, o);
                    }
                    assertClose(tot.get(VA, c), va, scale, w + ": VA by origin");
                    assertClose(tot.get(MDC, c), dc, scale, w + ": MDC by origin");
                }
            }
        }
    }

    /**
     * Sector groups: an additive group row is the sum of its sectors; the perimeter of all sectors together is the
     * exporter perspective (sectexp form: DVA, FVA, VAX, DDC, FDC of the source approach) or the bilateral perimeter
     * (sectbil form); a one-sector group is icio's sectexp/sectbil row (any table).
     */
    @Test
    void sectorGroupsAreConsistent() {
        for (long seed = 1; seed <= TABLES; seed++) {
            MrioTable io = seed % 2 == 0 ? RandomTables.balanced(seed)
                    : new MrioTable(RandomTables.unbalancedData(seed), Conventions.DEFAULT);
            List<String> countries = io.getCountries();
            List<String> sectors = io.getSectors();
            if (countries.size() < 2) {
                continue;
            }
            IcioStep icio = io.decompose().icio();
            String one = sectors.get((int) (seed % sectors.size()));
            java.util.Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
            groups.put("ALL", sectors);
            groups.put("ONE", List.of(one));
            groups.put("FIRST2", sectors.subList(0, Math.min(2, sectors.size())));
            Rows add = new Rows(icio.exporters().importers().sink().sectors(groups), BILATERAL_KEYS);
            Rows cells = new Rows(icio.exporters().importers().sink().bySector(), BILATERAL_KEYS);
            Rows exp = new Rows(icio.exporters().self().sectors(groups), List.of(EXPORTER, SECTOR));
            Rows bil = new Rows(icio.exporters().importers().self().sectors(groups), BILATERAL_KEYS);
            Rows source = new Rows(icio.exporters(), List.of(EXPORTER));
            Rows pair = new Rows(icio.exporters().importers().self(), List.of(EXPORTER, IMPORTER));
            Rows sectexp = new Rows(icio.exporters().self().bySector(), List.of(EXPORTER, SECTOR));
            Rows sectbil = new Rows(icio.exporters().importers().self().bySector(), BILATERAL_KEYS);
            double scale = source.max(GEXP);
            for (String s : countries) {
                String w = "seed " + seed + " " + s;
                for (String f : List.of(GEXP, DC, DVA, VAX, DDC, FC, FVA, FDC)) {
                    assertClose(source.get(f, s), exp.get(f, s, "ALL"), scale, w + ": all-sector perimeter " + f);
                    assertClose(sectexp.get(f, s, one), exp.get(f, s, "ONE"), scale, w + ": one-sector group " + f);
                }
                for (String r : countries) {
                    if (r.equals(s)) {
                        continue;
                    }
                    for (String f : List.of(GEXP, DC, DVA, VAX, DDC, FC, FVA, FDC)) {
                        assertClose(pair.get(f, s, r), bil.get(f, s, "ALL", r), scale, w + "->" + r + ": pair " + f);
                        assertClose(sectbil.get(f, s, one, r), bil.get(f, s, "ONE", r), scale, w + ": one " + f);
                        for (String g : groups.keySet()) {
                            double sum = 0;
                            for (String k : groups.get(g)) {
                                sum += cells.get(f, s, k, r);
                            }
                            assertClose(sum, add.get(f, s, g, r), scale, w + "->" + r + " group " + g + " " + f);
                        }
                    }
                }
            }
        }
    }

    /**
     * By origin: for every perspective and approach, Σ over origins of DC, DVA, DDC, FC, FVA, FDC is the result's own
     * column; domestic items come only from the exporter, foreign items never (any table).
     */
    @Test
    void originBreakdownAddsUp() {
        for (long seed = 1; seed <= TABLES; seed++) {
            MrioTable io = seed % 2 == 0 ? RandomTables.balanced(seed)
                    : new MrioTable(RandomTables.unbalancedData(seed), Conventions.DEFAULT);
            List<String> countries = io.getCountries();
            if (countries.size() < 2) {
                continue;
            }
            IcioStep icio = io.decompose().icio();
            for (Variant v : Variant.ALL) {
                Rows total = new Rows(v.bySector(icio.exporters().importers()), BILATERAL_KEYS);
                Rows by = new Rows(v.apply(icio.exporters().importers(), e -> e.bySector().byOrigin(),
                        w -> w.bySector().byOrigin()), List.of(EXPORTER, SECTOR, IMPORTER, ORIGIN));
                Rows country = new Rows(v.apply(icio.exporters(), e -> e.byOrigin(), w -> w.byOrigin()),
                        List.of(EXPORTER, ORIGIN));
                Rows countryTotal = new Rows(v.rows(icio.exporters()), List.of(EXPORTER));
                double scale = total.max(GEXP);
                forEachCell(io, (s, k, r, key) -> {
                    for (String f : List.of(DC, DVA, DDC, FC, FVA, FDC)) {
                        double sum = 0;
                        for (String o : countries) {
                            double x = by.get(f, key[0], key[1], key[2], o);
                            boolean domestic = List.of(DC, DVA, DDC).contains(f);
                            if (domestic != o.equals(key[0])) {
                                assertTrue(x == 0, io.getName() + " " + String.join("/", key) + " origin " + o + " " + f);
                            }
                            sum += x;
                        }
                        assertClose(total.get(f, key), sum, scale, io.getName() + " " + total.size() + " "
                                + String.join("/", key) + ": sum over origins of " + f);
                    }
                });
                for (String s : countries) {
                    for (String f : List.of(FVA, FDC)) {
                        double sum = 0;
                        for (String o : countries) {
                            sum += country.get(f, s, o);
                        }
                        assertClose(countryTotal.get(f, s), sum, scale, io.getName() + " " + s + ": country " + f);
                    }
                }
            }
        }
    }

    interface Cell {
        void accept(int s, int k, int r, String[] key);
    }

    static void forEachCell(MrioTable io, Cell cell) {
        List<String> c = io.getCountries();
        List<String> sec = io.getSectors();
        for (int s = 0; s < c.size(); s++) {
            for (int k = 0; k < sec.size(); k++) {
                for (int r = 0; r < c.size(); r++) {
                    if (r != s) {
                        cell.accept(s, k, r, new String[] {c.get(s), sec.get(k), c.get(r)});
                    }
                }
            }
        }
    }
}
