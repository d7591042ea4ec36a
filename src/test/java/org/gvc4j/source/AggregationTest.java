package org.gvc4j.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.cli.Main;
import org.gvc4j.error.GvcException;
import org.gvc4j.error.TableFormatException;
import org.gvc4j.model.IoTable;
import org.gvc4j.model.Labels;
import org.gvc4j.testing.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Countries and sectors merged into groups: totals kept, the identity partition changes nothing, a decomposition of the
 * aggregated table equals one of a table aggregated by hand, the OECD CN/MX merge is one instance, every shipped
 * mapping covers the codes of the tables it is for, and bad mappings are refused by name.
 */
class AggregationTest {
    @TempDir
    Path tmp;

    static final Map<String, String> DEMO_COUNTRIES = Map.of("DEU", "EUR", "USA", "NAM", "MEX", "NAM", "CHN", "CHN",
            "ROW", "ROW");
    static final Map<String, String> DEMO_SECTORS = Map.of("Agriculture", "Goods", "Manufacturing", "Goods", "Energy",
            "Goods", "Services", "Services");

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    @Test
    void totalsOfZYValueAddedAndOutputAreKept() {
        IoTable t = Gvc.demo().getData();
        IoTable a = Aggregation.countries(DEMO_COUNTRIES).andSectors(DEMO_SECTORS).applyTo(t);
        assertEquals(List.of("EUR", "NAM", "CHN", "ROW"), a.labels().countries(), "groups take their first member's place");
        assertEquals(List.of("Goods", "Services"), a.labels().sectors());
        assertEquals(sum(t.z().data), sum(a.z().data), 1e-12 * sum(t.z().data));
        assertEquals(sum(t.y().data), sum(a.y().data), 1e-12 * sum(t.y().data));
        assertEquals(sum(t.valueAdded()), sum(a.valueAdded()), 1e-12 * sum(t.valueAdded()));
        assertEquals(sum(t.output()), sum(a.output()), 1e-12 * sum(t.output()));
    }

    @Test
    void aSourceTableKeepsCategoryAndValuationTotals() {
        SourceTable t = Formats.read(fixture("icio2021/ICIO2021_2018.csv"), ReadOptions.DEFAULT.withSplitRegions(true));
        Map<String, String> g = new LinkedHashMap<>();
        for (String c : t.labels().countries()) {
            g.put(c, c.startsWith("CN") || c.equals("CHN") ? "CHN" : c.startsWith("MX") || c.equals("MEX") ? "MEX"
                    : "OTHER");
        }
        SourceTable a = t.aggregate(Aggregation.countries(g));
        assertEquals(List.of("OTHER", "MEX", "CHN"), a.labels().countries());
        assertEquals(t.categories(), a.categories());
        assertEquals(t.valuationCodes(), a.valuationCodes());
        for (double[][] pair : new double[][][] {{t.z().data, a.z().data}, {t.yFull().data, a.yFull().data},
            {t.valuation().data, a.valuation().data}, {t.valueAdded(), a.valueAdded()}, {t.output(), a.output()}}) {
            assertEquals(sum(pair[0]), sum(pair[1]), 1e-12 * Math.abs(sum(pair[0])));
        }
        assertTrue(a.report().notes().get(a.report().notes().size() - 1).startsWith("countries grouped by a map in code: "
                + "OTHER = DEU + ROW + USA; MEX = MEX + MX1 + MX2; CHN = CHN + CN1 + CN2"), a.report().notes().toString());
    }

    @Test
    void theIdentityPartitionChangesNothing() {
        IoTable t = Gvc.demo().getData();
        Map<String, String> c = new LinkedHashMap<>();
        t.labels().countries().forEach(x -> c.put(x, x));
        Map<String, String> s = new LinkedHashMap<>();
        t.labels().sectors().forEach(x -> s.put(x, x));
        IoTable a = Aggregation.countries(c).andSectors(s).applyTo(t);
        assertEquals(t.labels().countries(), a.labels().countries());
        assertEquals(t.labels().sectors(), a.labels().sectors());
        assertArrayEquals(t.z().data, a.z().data);
        assertArrayEquals(t.y().data, a.y().data);
        assertArrayEquals(t.valueAdded(), a.valueAdded());
        assertArrayEquals(t.output(), a.output());
    }

    @Test
    void valueAddedStaysAbsentWhenTheTableHasNone() {
        IoTable t = Gvc.demo().getData();
        IoTable noVa = new IoTable("no-va", t.labels(), t.z(), t.y(), null, t.output());
        assertNull(Aggregation.sectors(DEMO_SECTORS).applyTo(noVa).valueAdded());
    }

    /** The demo aggregated by an independent loop over labels, built with the public builder. */
    private static MrioTable byHand() {
        IoTable t = Gvc.demo().getData();
        Labels l = t.labels();
        List<String> cg = List.of("EUR", "NAM", "CHN", "ROW");
        List<String> sg = List.of("Goods", "Services");
        int n = l.size();
        int m = cg.size() * sg.size();
        double[][] z = new double[m][m];
        double[][] y = new double[m][cg.size()];
        double[] va = new double[m];
        double[] x = new double[m];
        for (int i = 0; i < n; i++) {
            int gi = cg.indexOf(DEMO_COUNTRIES.get(l.country(i / l.sectorCount()))) * sg.size()
                    + sg.indexOf(DEMO_SECTORS.get(l.sector(i % l.sectorCount())));
            for (int j = 0; j < n; j++) {
                int gj = cg.indexOf(DEMO_COUNTRIES.get(l.country(j / l.sectorCount()))) * sg.size()
                        + sg.indexOf(DEMO_SECTORS.get(l.sector(j % l.sectorCount())));
                z[gi][gj] += t.z().get(i, j);
            }
            for (int r = 0; r < l.countryCount(); r++) {
                y[gi][cg.indexOf(DEMO_COUNTRIES.get(l.country(r)))] += t.y().get(i, r);
            }
            va[gi] += t.valueAdded()[i];
            x[gi] += t.output()[i];
        }
        return Gvc.builder().name("by hand").countries(cg).sectors(sg).intermediate(z).finalDemand(y).valueAdded(va)
                .output(x).build();
    }

    @Test
    void aDecompositionOfTheAggregatedTableEqualsOneOfATableAggregatedByHand() {
        MrioTable a = Gvc.demo().aggregate(Aggregation.countries(DEMO_COUNTRIES).andSectors(DEMO_SECTORS));
        MrioTable h = byHand();
        for (String col : new String[] {"GVC", "GVC_PF", "GVC_TS", "GVC_PB"}) {
            double[] ga = a.decompose().bm2025().trade().exporters().column(col);
            double[] gh = h.decompose().bm2025().trade().exporters().column(col);
            assertEquals(gh.length, ga.length);
            for (int k = 0; k < ga.length; k++) {
                assertEquals(gh[k], ga[k], 1e-9 * Math.max(1, Math.abs(gh[k])), col + " exporter " + k);
            }
        }
        double[] da = a.decompose().bm2023().exporters().column("DVA");
        double[] dh = h.decompose().bm2023().exporters().column("DVA");
        assertArrayEquals(dh, da, 1e-9 * sum(dh));
    }

    @Test
    void theOecdChinaAndMexicoMergeIsOneInstance() {
        Path f = fixture("icio2023/2020.csv");
        SourceTable split = Formats.read(f, ReadOptions.DEFAULT.withSplitRegions(true));
        SourceTable merged = Formats.read(f, ReadOptions.DEFAULT);
        Map<String, String> g = new LinkedHashMap<>();
        for (String c : split.labels().countries()) {
            g.put(c, c.matches("CN\\d") ? "CHN" : c.matches("MX\\d") ? "MEX" : c);
        }
        SourceTable a = split.aggregate(Aggregation.countries(g));
        assertEquals(merged.labels().countries(), a.labels().countries());
        assertArrayEquals(merged.z().data, a.z().data);
        assertArrayEquals(merged.yFull().data, a.yFull().data);
        assertArrayEquals(merged.valuation().data, a.valuation().data);
        assertArrayEquals(merged.output(), a.output());
    }

    static Path fixture(String rel) {
        return FormatFixturesTest.formats().resolve(rel);
    }

    @Test
    void everyShippedSectorMappingCoversTheTablesItIsFor() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("icio2023/2020.csv", "oecd-icio-2023-sectors");
        cases.put("icio2021/ICIO2021_2018.csv", "oecd-icio-2021-sectors");
        cases.put("icio2018/ICIO2018_2015.CSV", "oecd-icio-2018-sectors");
        cases.put("icio2016/ICIO2016_2011.csv", "oecd-icio-2016-sectors");
        cases.put("wiod2013/WIOT11_ROW_Sep12.xlsx", "wiod2013-sectors");
        cases.put("adb/ADB-MRIO62-2021_August 2024.xlsx", "wiod2013-sectors");
        cases.put("lrwiod/lr_wiod_wiot_final_filled.csv", "lrwiod-sectors");
        for (Map.Entry<String, String> e : cases.entrySet()) {
            SourceTable t = Formats.read(fixture(e.getKey()), e.getKey().startsWith("lrwiod")
                    ? ReadOptions.DEFAULT.withYear(2000) : ReadOptions.DEFAULT);
            SourceTable a = t.aggregate(Aggregation.sectors(Groups.shipped(e.getValue())));
            assertTrue(a.labels().sectorCount() <= 6, e + ": " + a.labels().sectors());
            assertEquals(sum(t.z().data), sum(a.z().data), 1e-9 * sum(t.z().data), e.toString());
        }
        // the full lists, on the real tables
        IoTable wiod = Gvc.load(Reference.table("wiod2013-2011")).getData();
        assertEquals(List.of("Agriculture", "Mining", "Manufacturing", "Utilities", "Construction", "Services"),
                Aggregation.sectors(Groups.shipped("wiod2013-sectors")).applyTo(wiod).labels().sectors());
        IoTable lr = Gvc.load(Reference.table("lrwiod-2000")).getData();
        assertEquals(List.of("Agriculture", "Mining", "Manufacturing", "Utilities", "Construction", "Services"),
                Aggregation.sectors(Groups.shipped("lrwiod-sectors")).applyTo(lr).labels().sectors());
    }

    @Test
    void euMappingsFollowMembershipAndKeepOtherCountries() {
        SourceTable t = Formats.read(fixture("icio2023/2020.csv"), ReadOptions.DEFAULT);
        assertEquals(List.of("CHN", "EU27", "MEX", "USA", "ROW"),
                t.aggregate(Aggregation.countries(Groups.shipped("eu27"))).labels().countries());
        Labels l = new Labels(List.of("AUT", "GBR", "NOR"), List.of("S"));
        Groups eu = Groups.shipped("eu-members");
        assertTrue(eu.dependsOnYear());
        assertEquals(Map.of("AUT", "AUT", "GBR", "EU", "NOR", "NOR"), eu.atYear(1990).assign(l.countries(), null,
                "country"));
        assertEquals(Map.of("AUT", "EU", "GBR", "EU", "NOR", "NOR"), eu.assign(l.countries(), 2019, "country"));
        assertEquals(Map.of("AUT", "EU", "GBR", "GBR", "NOR", "NOR"), eu.assign(l.countries(), 2020, "country"));
        TableFormatException e = assertThrows(TableFormatException.class, () -> eu.assign(l.countries(), null,
                "country"));
        assertEquals("eu-members.csv (shipped): this mapping depends on the year, and the table has none; give it "
                + "(--year YYYY, or Groups.atYear(YYYY))", e.getMessage());
        assertEquals(Groups.shippedNames().size(), Groups.shippedNames().stream().map(Groups::shipped).count());
    }

    @Test
    void unmappedAndDoublyMappedCodesAreNamed() throws Exception {
        IoTable t = Gvc.demo().getData();
        GvcException unmapped = assertThrows(GvcException.class,
                () -> Aggregation.countries(Map.of("DEU", "EUR", "USA", "NAM")).applyTo(t));
        assertEquals("a map in code: no group for 3 countries CHN, MEX, ROW (list them, or add a line \"*,*\" to keep "
                + "unlisted codes as they are)", unmapped.getMessage());
        Path f = tmp.resolve("regions.csv");
        Files.writeString(f, "# my regions\ncode,group\nDEU,EUR\nUSA,NAM\nMEX,NAM\nDEU,DE\n*,*\n");
        TableFormatException twice = assertThrows(TableFormatException.class, () -> Groups.read(f));
        assertEquals(f + " line 6: code \"DEU\" is mapped twice (line 3 maps it to \"EUR\")", twice.getMessage());
        Files.writeString(f, "code,group\nDEU,EU.27\n");
        assertEquals(f + " line 2: group \"EU.27\" holds a '.', which separates country and sector in industry labels",
                assertThrows(TableFormatException.class, () -> Groups.read(f)).getMessage());
        Files.writeString(f, "country,region\nDEU,EUR\n");
        assertEquals(f + " line 1: the header must be \"code,group\" or \"code,group,from,to\", not \"country,region\"",
                assertThrows(TableFormatException.class, () -> Groups.read(f)).getMessage());
        GvcException clash = assertThrows(GvcException.class, () -> Aggregation.countries(Map.of("DEU", "USA", "USA",
                "NAM", "MEX", "NAM", "CHN", "CHN", "ROW", "ROW")).applyTo(t));
        assertEquals("a map in code: group \"USA\" (of country DEU) has the name of a country of the table that goes to "
                + "\"NAM\"; rename the group", clash.getMessage());
        assertEquals("no shipped mapping \"eu28\"; shipped: " + String.join(", ", Groups.shippedNames()),
                assertThrows(GvcException.class, () -> Groups.shipped("eu28")).getMessage());
    }

    @Test
    void convertWritesTheAggregatedTableAndRefusesABadMappingWithoutOutput() throws Exception {
        Path map = tmp.resolve("regions.csv");
        Files.writeString(map, "code,group\nCHN,CHN\nDEU,EUR\nMEX,NAM\nUSA,NAM\nROW,ROW\n");
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"convert", fixture("icio2023/2020.csv").toString(), out.toString(),
            "--countries", map.toString(), "--sectors", "oecd-icio-2023-sectors"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(0, code, err.toString());
        String header = Files.readAllLines(out.resolve("Y.csv")).get(0);
        assertEquals("\"row\",\"CHN\",\"EUR\",\"NAM\",\"ROW\"", header);
        IoTable back = Gvc.load(out).getData();
        assertEquals(List.of("CHN", "EUR", "NAM", "ROW"), back.labels().countries());
        assertTrue(Files.readString(out.resolve("provenance.txt")).contains("countries grouped by " + map
                + ": EUR = DEU; NAM = MEX + USA"), Files.readString(out.resolve("provenance.txt")));

        Files.writeString(map, "code,group\nCHN,CHN\nDEU,EUR\n");
        Path out2 = tmp.resolve("out2");
        StringWriter err2 = new StringWriter();
        int bad = Main.execute(new String[] {"convert", fixture("icio2023/2020.csv").toString(), out2.toString(),
            "--countries", map.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err2));
        assertEquals(1, bad);
        assertEquals("gvc: " + map + ": no group for 3 countries MEX, USA, ROW (list them, or add a line \"*,*\" to keep "
                + "unlisted codes as they are)", err2.toString().strip());
        assertFalse(Files.exists(out2));
    }
}
