package org.gvc4j.deals.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gvc4j.error.GvcException;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The dyad-year panel: properties on random deal sets, hand counts, merging and the §8.4 comparisons. */
class DealPanelTest {
    static final List<String> COUNTRIES = List.of("AUS", "BRA", "CHL", "DEU", "IDN", "JPN", "KOR", "SGP", "USA", "ZAF");

    static Deal deal(String name, String type, int signed, Integer eif, List<String> parties,
                     List<Deal.Accession> acc, String binding) {
        return new Deal(name, type, signed, eif, parties.size() == 2 ? "bilateral" : "plurilateral", parties, acc,
                binding, true, "not specified");
    }

    static List<String> keys(Table t, int row) {
        return List.of(t.stringColumn(0).get(row), t.stringColumn(1).get(row), Integer.toString(t.intColumn("year")
                .getInt(row)));
    }

    @Test
    void aBilateralDealSignedInTGivesOneDyadPerYearFromTOn() {
        Random rnd = new Random(18);
        for (int trial = 0; trial < 200; trial++) {
            int t = 2000 + rnd.nextInt(20);
            int first = 1995 + rnd.nextInt(20);
            int last = first + rnd.nextInt(15);
            List<String> pair = new ArrayList<>(COUNTRIES);
            java.util.Collections.shuffle(pair, rnd);
            String a = pair.get(0);
            String b = pair.get(1);
            DealDatabase db = DealDatabase.of(List.of(deal("d", "digital", t, null, List.of(a, b), List.of(), "binding")));
            Table u = DealPanel.of(db).years(first, last).toTable();
            Table d = DealPanel.of(db).years(first, last).directed().toTable();
            int years = Math.max(0, last - Math.max(t, first) + 1);
            assertEquals(years, u.rowCount(), "undirected, signed " + t + ", years " + first + "-" + last);
            assertEquals(2 * years, d.rowCount(), "directed");
            String lo = a.compareTo(b) < 0 ? a : b;
            String hi = a.compareTo(b) < 0 ? b : a;
            Set<List<String>> seen = new HashSet<>();
            for (int r = 0; r < u.rowCount(); r++) {
                assertEquals(List.of(lo, hi, Integer.toString(Math.max(t, first) + r)), keys(u, r));
                assertTrue(seen.add(keys(u, r)));
            }
            Set<List<String>> directed = new HashSet<>();
            for (int r = 0; r < d.rowCount(); r++) {
                directed.add(keys(d, r));
                assertTrue(d.intColumn("year").getInt(r) >= t);
            }
            for (int y = Math.max(t, first); y <= last; y++) {
                assertTrue(directed.contains(List.of(a, b, Integer.toString(y))));
                assertTrue(directed.contains(List.of(b, a, Integer.toString(y))));
            }
            assertEquals(2 * years, directed.size());
        }
    }

    @Test
    void anAccessionAddsTheNewMembersPairsFromItsYear() {
        DealDatabase db = DealDatabase.of(List.of(deal("p", "critical minerals", 2018, 2019,
                List.of("AUS", "JPN", "USA"), List.of(new Deal.Accession("KOR", 2021), new Deal.Accession("IDN", 2023)),
                "non-binding")));
        Table t = DealPanel.of(db).years(2015, 2024).toTable();
        Map<String, Integer> firstYear = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String p = t.stringColumn(0).get(r) + "-" + t.stringColumn(1).get(r);
            firstYear.merge(p, t.intColumn("year").getInt(r), Math::min);
            count.merge(p, 1, Integer::sum);
        }
        assertEquals(Map.of("AUS-JPN", 2018, "AUS-USA", 2018, "JPN-USA", 2018, "AUS-KOR", 2021, "JPN-KOR", 2021,
                "KOR-USA", 2021, "AUS-IDN", 2023, "IDN-JPN", 2023, "IDN-USA", 2023, "IDN-KOR", 2023), firstYear);
        assertEquals(7, count.get("AUS-JPN"));
        assertEquals(4, count.get("JPN-KOR"));
        assertEquals(2, count.get("IDN-KOR"));
        // from entry into force: originals from 2019, accessions from their year
        Table e = DealPanel.of(db).years(2015, 2024).fromEntryIntoForce().toTable();
        assertEquals(6 * 3 + 4 * 3 + 2 * 4, e.rowCount());
        assertEquals(2019, e.intColumn("deal_since").getInt(e.stringColumn("country_b").indexOf("JPN"))); // AUS-JPN
    }

    @Test
    void cumulativeDyadYearsEqualTheHandCount() {
        DealDatabase db = DealDatabase.of(List.of(
                deal("A", "digital", 2018, null, List.of("SGP", "AUS"), List.of(), "binding"),
                deal("B", "critical minerals", 2020, null, List.of("AUS", "SGP", "JPN"),
                        List.of(new Deal.Accession("KOR", 2022)), "non-binding")));
        Table c = DealPanel.of(db).years(2017, 2023).cumulative();
        // dyads with a deal: 2017: 0; 2018-19: AUS-SGP; 2020-21: + AUS-JPN, JPN-SGP; 2022-23: + KOR with each of 3
        assertEquals(List.of(0, 1, 1, 3, 3, 6, 6), c.intColumn("dyads").asList());
        assertEquals(List.of(0, 1, 2, 5, 8, 14, 20), c.intColumn("cumulative").asList());
        assertEquals(List.of(0, 1, 1, 1, 1, 1, 1), c.intColumn("digital").asList());
        assertEquals(List.of(0, 0, 0, 3, 3, 6, 6), c.intColumn("critical_minerals").asList());
        assertEquals(List.of(0, 0, 0, 3, 6, 12, 18), c.intColumn("cumulative_critical_minerals").asList());
        assertEquals(List.of(0, 2, 4, 10, 16, 28, 40),
                DealPanel.of(db).years(2017, 2023).directed().cumulative().intColumn("cumulative").asList());
        // AUS-SGP has both deals from 2020: one row, two deals, binding from A
        Table t = DealPanel.of(db).years(2017, 2023).toTable();
        int r = t.stringColumn("deal_names").indexOf("A;B");
        assertEquals(List.of("AUS", "SGP", "2020"), keys(t, r));
        assertEquals(2, t.intColumn("deals").getInt(r));
        assertEquals(1, t.intColumn("binding").getInt(r));
        assertEquals(2018, t.intColumn("deal_since").getInt(r));
    }

    @Test
    void randomDealSetsMatchABruteForceCount() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 100; trial++) {
            List<Deal> deals = new ArrayList<>();
            for (int k = 0; k < 1 + rnd.nextInt(5); k++) {
                List<String> cs = new ArrayList<>(COUNTRIES);
                java.util.Collections.shuffle(cs, rnd);
                int n = 2 + rnd.nextInt(4);
                int signed = 2005 + rnd.nextInt(10);
                List<Deal.Accession> acc = new ArrayList<>();
                for (int a = 0; a < rnd.nextInt(3); a++) {
                    acc.add(new Deal.Accession(cs.get(n + a), signed + rnd.nextInt(6)));
                }
                deals.add(new Deal("d" + k, rnd.nextBoolean() ? "digital" : "critical minerals", signed, null,
                        n == 2 && acc.isEmpty() ? "bilateral" : "plurilateral", cs.subList(0, n), acc, "binding",
                        null, "not specified"));
            }
            DealDatabase db = DealDatabase.of(deals);
            Table c = DealPanel.of(db).years(2000, 2020).cumulative();
            long running = 0;
            for (int y = 2000; y <= 2020; y++) {
                Set<String> dyads = new HashSet<>();
                for (Deal d : deals) {
                    Map<String, Integer> join = new HashMap<>();
                    d.parties().forEach(p -> join.put(p, d.signed()));
                    d.accessions().forEach(a -> join.put(a.country(), a.year()));
                    for (String a : join.keySet()) {
                        for (String b : join.keySet()) {
                            if (a.compareTo(b) < 0 && Math.max(join.get(a), join.get(b)) <= y) {
                                dyads.add(a + b);
                            }
                        }
                    }
                }
                running += dyads.size();
                assertEquals(dyads.size(), c.intColumn("dyads").getInt(y - 2000), "trial " + trial + " year " + y);
                assertEquals(running, c.intColumn("cumulative").getInt(y - 2000));
            }
        }
    }

    @Test
    void mergeIntoAGravityPanelAddsTheDealColumns() {
        DealDatabase db = DealDatabase.of(List.of(
                deal("A", "digital", 2002, 2004, List.of("JPN", "SGP"), List.of(), "binding")));
        Table g = Table.create("gravity", StringColumn.create("exporter", "JPN", "SGP", "JPN", "SGP", "JPN", "USA"),
                StringColumn.create("importer", "SGP", "JPN", "SGP", "JPN", "JPN", "JPN"),
                IntColumn.create("year", 1998, 2002, 2002, 2006, 2006, 2006),
                DoubleColumn.create("trade", 1, 2, 3, 4, 5, 6));
        Table m = DealPanel.of(db).mergeInto(g);
        assertEquals(List.of("exporter", "importer", "year", "trade", "deal", "deals", "digital", "critical_minerals",
                "binding"), m.columnNames());
        assertEquals(List.of(0, 1, 1, 1, 0, 0), m.intColumn("deal").asList());
        assertEquals(List.of(0, 1, 1, 1, 0, 0), m.intColumn("binding").asList());
        assertEquals(List.of(0, 0, 0, 1, 0, 0), DealPanel.of(db).fromEntryIntoForce().mergeInto(g).intColumn("deal")
                .asList());
        assertEquals(6, g.columnCount() + 2, "the input table is not changed");
        GvcException e = assertThrows(GvcException.class, () -> DealPanel.of(db).mergeInto(g.copy()
                .removeColumns("year")));
        assertEquals("no column \"year\" in the table (columns: exporter, importer, trade); name the key columns with "
                + "withKeys(origin, destination, year)", e.getMessage());
        Table renamed = g.copy();
        renamed.column("exporter").setName("iso_o");
        renamed.column("importer").setName("iso_d");
        assertEquals(List.of(0, 1, 1, 1, 0, 0), DealPanel.of(db).withKeys("iso_o", "iso_d", "year").mergeInto(renamed)
                .intColumn("deal").asList());
    }

    @Test
    void theComparisonsOfSection84() {
        DealDatabase db = DealDatabase.of(List.of(
                deal("A", "digital", 2003, null, List.of("JPN", "SGP"), List.of(), "binding"),
                deal("B", "critical minerals", 2005, null, List.of("AUS", "CHL"), List.of(), "non-binding")));
        // RTA history: JPN-SGP had one from 2002; AUS-CHL none; the other pairs: USA-JPN from 2000, USA-SGP never
        StringColumn ex = StringColumn.create("exporter");
        StringColumn im = StringColumn.create("importer");
        IntColumn yr = IntColumn.create("year");
        IntColumn rta = IntColumn.create("rta");
        String[][] pairs = {{"JPN", "SGP"}, {"AUS", "CHL"}, {"USA", "JPN"}, {"USA", "SGP"}};
        int[] since = {2002, 9999, 2000, 9999};
        for (int y = 1998; y <= 2006; y += 2) {
            for (int p = 0; p < pairs.length; p++) {
                ex.append(pairs[p][0]);
                im.append(pairs[p][1]);
                yr.append(y);
                rta.append(y >= since[p] ? 1 : 0);
            }
        }
        Table g = Table.create("g", ex, im, yr, rta);
        Table r = DealPanel.of(db).rtaAtSigning(g, "rta");
        // deal dyads: JPN-SGP at 2003 (latest row 2002: rta 1), AUS-CHL at 2005 (2004: 0) -> 1 of 2
        // non-deal dyads at 2003 and 2005: USA-JPN 1, 1; USA-SGP 0, 0 -> 2 of 4
        assertEquals(List.of(2, 4), r.intColumn("observations").asList());
        assertEquals(List.of(1, 2), r.intColumn("with_rta").asList());
        assertEquals(List.of(0.5, 0.5), r.doubleColumn("share").asList());
        Table blocs = Table.create("b", StringColumn.create("country", "JPN", "SGP", "SGP", "USA", "AUS"),
                StringColumn.create("bloc", "APEC", "APEC", "ASEAN", "APEC", "APEC"));
        Table s = DealPanel.of(db).sharedBloc(blocs);
        // countries AUS CHL JPN SGP USA: 10 pairs; deal pairs JPN-SGP (shared), AUS-CHL (not)
        // other 8 pairs: AUS-JPN, AUS-SGP, AUS-USA, JPN-USA, SGP-USA shared; CHL-JPN, CHL-SGP, CHL-USA not
        assertEquals(List.of(2, 8), s.intColumn("dyads").asList());
        assertEquals(List.of(1, 5), s.intColumn("shared_bloc").asList());
        Table ns = DealPanel.of(db).northSouth(Map.of("JPN", "North", "SGP", "North", "AUS", "North", "CHL", "South"));
        assertEquals(List.of("North-North", "North-South", "South-South", "unclassified"),
                ns.stringColumn("class").asList());
        assertEquals(List.of(1, 1, 0, 0), ns.intColumn("deal_dyads").asList());
        assertEquals(List.of(3, 3, 0, 0), ns.intColumn("all_dyads").asList());
        GvcException e = assertThrows(GvcException.class, () -> DealPanel.of(db).northSouth(Map.of("JPN", "Nord")));
        assertEquals("North/South mapping: JPN is \"Nord\", expected North or South", e.getMessage());
    }
}
