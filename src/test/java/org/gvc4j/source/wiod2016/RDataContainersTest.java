package org.gvc4j.source.wiod2016;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gvc4j.error.TableFormatException;
import org.gvc4j.source.Formats;
import org.gvc4j.source.ReadOptions;
import org.gvc4j.source.SourceTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shapes of R files the WIOD 2016 fixture does not show but R writes: text columns as factors (R before 4.0
 * made data.frame strings factors), integer {@code RNr}/{@code Year}, symbols met again as references, format 3 with
 * its native encoding, an uncompressed file, an {@code .rds}, and {@code NA} cells. Each is written here from the
 * fixture's own Stata file by a small XDR writer and must give the fixture's table.
 */
class RDataContainersTest {
    @TempDir
    Path tmp;

    static Path fixture(String ext) {
        Path p = Path.of(System.getProperty("gvc4j.shared", "../shared")).resolve("reference/formats/wiod2016")
                .resolve("WIOT2014_October16_ROW." + ext);
        Assumptions.assumeTrue(Files.isRegularFile(p), p + " absent: skipping");
        return p;
    }

    static Frame frame() throws IOException {
        Path p = fixture("dta");
        try (InputStream in = Files.newInputStream(p)) {
            return Dta.read(in, Files.size(p), p.toString());
        }
    }

    /** A minimal XDR writer of a data.frame, as R's serialize() lays it out. */
    static final class Writer {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final DataOutputStream out = new DataOutputStream(bytes);
        final Map<String, Integer> symbols = new HashMap<>();
        final boolean factors;

        Writer(boolean factors) {
            this.factors = factors;
        }

        void i(int v) throws IOException {
            out.writeInt(v);
        }

        void chars(String s) throws IOException {
            if (s == null) {
                i(9);
                i(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            i(0x00040009);
            i(b.length);
            out.write(b);
        }

        void sym(String s) throws IOException {
            Integer k = symbols.get(s);
            if (k != null) {
                i(k << 8 | 0xFF);
                return;
            }
            i(1);
            chars(s);
            symbols.put(s, symbols.size() + 1);
        }

        void strs(List<String> l) throws IOException {
            i(16);
            i(l.size());
            for (String s : l) {
                chars(s);
            }
        }

        void column(Object col, String name) throws IOException {
            if (col instanceof String[] s) {
                if (!factors) {
                    strs(java.util.Arrays.asList(s));
                    return;
                }
                List<String> levels = new ArrayList<>(new TreeSet<>(java.util.Arrays.asList(s)));
                i(13 | 1 << 8 | 1 << 9);
                i(s.length);
                for (String v : s) {
                    i(levels.indexOf(v) + 1);
                }
                i(0x402);
                sym("levels");
                strs(levels);
                i(0x402);
                sym("class");
                strs(List.of("factor"));
                i(254);
                return;
            }
            double[] d = (double[]) col;
            if (name.equals("RNr") || name.equals("Year")) {
                i(13);
                i(d.length);
                for (double v : d) {
                    i((int) v);
                }
                return;
            }
            i(14);
            i(d.length);
            for (double v : d) {
                out.writeLong(Double.doubleToRawLongBits(v));
            }
        }

        void frame(Frame f, java.util.function.UnaryOperator<String> rename) throws IOException {
            i(19 | 1 << 8 | 1 << 9);
            i(f.names.size());
            for (int c = 0; c < f.names.size(); c++) {
                column(f.columns.get(c), f.names.get(c));
            }
            i(0x402);
            sym("names");
            List<String> names = new ArrayList<>();
            for (String n : f.names) {
                names.add(rename.apply(n));
            }
            strs(names);
            i(0x402);
            sym("row.names");
            i(13);
            i(2);
            i(Integer.MIN_VALUE);
            i(-f.rows);
            i(0x402);
            sym("class");
            strs(List.of("data.frame"));
            i(254);
        }
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (OutputStream g = new java.util.zip.GZIPOutputStream(o)) {
            g.write(b);
        }
        return o.toByteArray();
    }

    /** An .RData of format 2 or 3 holding {@code wiot} (and, when asked, another object first). */
    static byte[] rdata(Frame f, boolean factors, int format, boolean other) throws IOException {
        Writer w = new Writer(factors);
        w.out.write(("RDX" + format + "\nX\n").getBytes(StandardCharsets.US_ASCII));
        w.i(format);
        w.i(0x00040302);
        w.i(format == 3 ? 0x00030500 : 0x00020300);
        if (format == 3) {
            w.i(5);
            w.out.write("UTF-8".getBytes(StandardCharsets.US_ASCII));
        }
        if (other) {
            w.i(0x402);
            w.sym("note");
            w.strs(List.of("made by a test"));
        }
        w.i(0x402);
        w.sym("wiot");
        w.frame(f, n -> n.matches("v[A-Z]{3}\\d+|vTOT") ? n.substring(1) : n);
        w.i(254);
        return w.bytes.toByteArray();
    }

    private SourceTable read(byte[] content, String name) throws IOException {
        Path p = tmp.resolve(name);
        Files.write(p, content);
        return Formats.read(p, ReadOptions.DEFAULT);
    }

    private static void assertSameTable(SourceTable want, SourceTable got) {
        assertEquals(want.labels().countries(), got.labels().countries());
        assertEquals(want.labels().sectors(), got.labels().sectors());
        assertEquals(want.yFullLabels(), got.yFullLabels());
        assertEquals(want.valuationCodes(), got.valuationCodes());
        assertArrayEquals(want.z().data, got.z().data);
        assertArrayEquals(want.yFull().data, got.yFull().data);
        assertArrayEquals(want.valuation().data, got.valuation().data);
        assertArrayEquals(want.valueAdded(), got.valueAdded());
        assertArrayEquals(want.output(), got.output());
    }

    @Test
    void factorsIntegersReferencesAndFormat3GiveTheFixturesTable() throws IOException {
        SourceTable want = Formats.read(fixture("RData"), ReadOptions.DEFAULT);
        Frame f = frame();
        assertSameTable(want, read(gzip(rdata(f, true, 3, true)), "WIOT2014_October16_ROW.RData"));
        assertSameTable(want, read(rdata(f, true, 2, false), "WIOT2014_October16_ROW.RData")); // uncompressed
        assertSameTable(want, read(gzip(rdata(f, false, 2, false)), "wiot2014.rda"));
    }

    @Test
    void anRdsFileAndNaCells() throws IOException {
        SourceTable want = Formats.read(fixture("RData"), ReadOptions.DEFAULT);
        Frame f = frame();
        int col = f.index("vDEU1");
        double[] copy = f.numbers(col).clone();
        double was = copy[5];
        copy[5] = Frame.NA; // row DEU.B: a zero cell (German mining has no output)
        List<Object> cols = new ArrayList<>(f.columns);
        cols.set(col, copy);
        Frame g = new Frame(f.names, cols, f.rows);
        Writer w = new Writer(true);
        w.out.write("X\n".getBytes(StandardCharsets.US_ASCII));
        w.i(3);
        w.i(0x00040302);
        w.i(0x00030500);
        w.i(5);
        w.out.write("UTF-8".getBytes(StandardCharsets.US_ASCII));
        w.frame(g, n -> n.matches("v[A-Z]{3}\\d+|vTOT") ? n.substring(1) : n);
        SourceTable got = read(gzip(w.bytes.toByteArray()), "wiot.rds");
        assertEquals(0.0, was);
        assertSameTable(want, got);
        assertEquals(1, got.report().naCells());
        assertTrue(got.report().notes().stream().anyMatch(n -> n.contains(".rds")));
    }

    @Test
    void aNaNOrAFactorCodeOutsideItsLevelsIsRefusedWithItsPlace() throws IOException {
        Frame f = frame();
        int col = f.index("vCHN1");
        double[] copy = f.numbers(col).clone();
        copy[0] = Double.NaN;
        List<Object> cols = new ArrayList<>(f.columns);
        cols.set(col, copy);
        byte[] nan = gzip(rdata(new Frame(f.names, cols, f.rows), false, 2, false));
        TableFormatException e = org.junit.jupiter.api.Assertions.assertThrows(TableFormatException.class,
                () -> read(nan, "WIOT2014_October16_ROW.RData"));
        assertTrue(e.getMessage().contains("row \"CHN.A01\", column \"CHN1\""), e.getMessage());
        byte[] good = rdata(f, true, 2, false);
        // the first factor code (IndustryCode of row 1) points past its levels
        int at = indexOf(good, new byte[] {0, 0, 3, 13}) + 8;
        good[at + 3] = 99;
        TableFormatException e2 = org.junit.jupiter.api.Assertions.assertThrows(TableFormatException.class,
                () -> read(gzip(good), "WIOT2014_October16_ROW.RData"));
        assertTrue(e2.getMessage().contains("factor code 99"), e2.getMessage());
    }

    private static int indexOf(byte[] a, byte[] b) {
        outer:
        for (int i = 0; i + b.length <= a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                if (a[i + j] != b[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
