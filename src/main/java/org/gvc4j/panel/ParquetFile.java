package org.gvc4j.panel;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gvc4j.error.GvcException;
import org.gvc4j.source.OutputFiles;

/**
 * A Parquet copy of a combined panel CSV, written by a small own writer so that neither the library nor the
 * {@code gvc} command needs parquet-hadoop and Hadoop at run time.
 *
 * <p>The file is flat: one row group, one uncompressed data page (v1) per column, PLAIN values, definition levels in
 * the RLE hybrid encoding (every column is OPTIONAL: an empty CSV cell, a missing value, is a null), and the footer
 * written in Thrift's compact protocol by hand. Column types: {@code year} is INT64; a column whose every non-empty
 * cell is a number is DOUBLE; any other column (database, country and sector codes) is a UTF-8 string
 * (BYTE_ARRAY, converted type UTF8). The tests read the files back with parquet-hadoop and compare every cell with
 * the CSV. A page holds at most 2 GB, which a combined output of a panel reaches only at about 100 million rows.
 */
final class ParquetFile {
    private static final int INT64 = 2;
    private static final int DOUBLE = 5;
    private static final int BYTE_ARRAY = 6;
    private static final int PLAIN = 0;
    private static final int RLE = 3;

    private ParquetFile() {
    }

    /** Writes {@code target} (atomically) from the combined CSV {@code csv}; returns the number of rows. */
    static long fromCsv(Path csv, Path target) {
        List<String> names;
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String h = in.readLine();
            if (h == null) {
                throw new GvcException(csv + ": empty file, no header");
            }
            names = parse(h);
            Set<String> seen = new HashSet<>();
            for (String n : names) {
                if (n.isEmpty() || !seen.add(n)) {
                    throw new GvcException(csv + ": column name \"" + n + "\" is empty or repeated; Parquet needs "
                            + "distinct names");
                }
            }
            String line;
            long lineNo = 1;
            StringBuilder rec = new StringBuilder();
            while ((line = in.readLine()) != null) {
                lineNo++;
                rec.append(line);
                if (rec.chars().filter(c -> c == '"').count() % 2 == 1) {
                    rec.append('\n');
                    continue;
                }
                List<String> cells = parse(rec.toString());
                rec.setLength(0);
                if (cells.size() != names.size()) {
                    throw new GvcException(csv + ": row " + lineNo + " has " + cells.size() + " cells, the header "
                            + names.size());
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        int k = names.size();
        int[] types = new int[k];
        for (int c = 0; c < k; c++) {
            types[c] = type(csv, names.get(c), c, rows);
        }
        byte[] file = encode(names, types, rows);
        OutputFiles.write(target, out -> out.write(file));
        return rows.size();
    }

    private static int type(Path csv, String name, int c, List<List<String>> rows) {
        if (name.equals("year")) {
            for (int r = 0; r < rows.size(); r++) {
                String v = rows.get(r).get(c);
                try {
                    Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw new GvcException(csv + ": row " + (r + 2) + ", column year: \"" + v + "\" is not a year");
                }
            }
            return INT64;
        }
        boolean any = false;
        for (List<String> row : rows) {
            String v = row.get(c);
            if (v.isEmpty()) {
                continue;
            }
            if (!number(v)) {
                return BYTE_ARRAY;
            }
            any = true;
        }
        return any ? DOUBLE : BYTE_ARRAY;
    }

    private static boolean number(String v) {
        char f = v.charAt(0);
        if (!(f == '-' || f == '.' || (f >= '0' && f <= '9'))) {
            return false; // refuses "NaN", "Infinity", "0x1p3" and codes such as "D" that Double.parseDouble takes
        }
        char l = v.charAt(v.length() - 1);
        if (!(l >= '0' && l <= '9') && l != '.') {
            return false; // "1d", "2f"
        }
        try {
            return Double.isFinite(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<String> parse(String record) {
        List<String> cells = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char ch = record.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < record.length() && record.charAt(i + 1) == '"') {
                        b.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    b.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(b.toString());
                b.setLength(0);
            } else {
                b.append(ch);
            }
        }
        cells.add(b.toString());
        return cells;
    }

    private static byte[] encode(List<String> names, int[] types, List<List<String>> rows) {
        int k = names.size();
        int n = rows.size();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("PAR1".getBytes(StandardCharsets.US_ASCII));
        long[] offsets = new long[k];
        long[] sizes = new long[k];
        long total = 0;
        for (int c = 0; c < k; c++) {
            boolean[] present = new boolean[n];
            ByteArrayOutputStream values = new ByteArrayOutputStream();
            for (int r = 0; r < n; r++) {
                String v = rows.get(r).get(c);
                present[r] = !v.isEmpty() || types[c] == BYTE_ARRAY;
                if (!present[r]) {
                    continue;
                }
                if (types[c] == INT64) {
                    writeLongLe(values, Long.parseLong(v));
                } else if (types[c] == DOUBLE) {
                    writeLongLe(values, Double.doubleToLongBits(Double.parseDouble(v)));
                } else {
                    byte[] s = v.getBytes(StandardCharsets.UTF_8);
                    writeIntLe(values, s.length);
                    values.writeBytes(s);
                }
            }
            byte[] levels = levels(present);
            ByteArrayOutputStream page = new ByteArrayOutputStream();
            writeIntLe(page, levels.length);
            page.writeBytes(levels);
            page.writeBytes(values.toByteArray());
            if (page.size() < 0 || (long) page.size() > Integer.MAX_VALUE - 1024) {
                throw new GvcException("column " + names.get(c) + " is too large for one Parquet page");
            }
            Thrift header = new Thrift();
            header.i32(1, 0); // DATA_PAGE
            header.i32(2, page.size());
            header.i32(3, page.size());
            header.beginStruct(5);
            header.i32(1, n);
            header.i32(2, PLAIN);
            header.i32(3, RLE);
            header.i32(4, RLE);
            header.endStruct();
            header.stop();
            offsets[c] = file.size();
            file.writeBytes(header.bytes());
            file.writeBytes(page.toByteArray());
            sizes[c] = file.size() - offsets[c];
            total += sizes[c];
        }
        Thrift meta = new Thrift();
        meta.i32(1, 1);
        meta.beginList(2, Thrift.STRUCT, k + 1);
        meta.beginElement();
        meta.string(4, "schema");
        meta.i32(5, k);
        meta.endStruct();
        for (int c = 0; c < k; c++) {
            meta.beginElement();
            meta.i32(1, types[c]);
            meta.i32(3, 1); // OPTIONAL
            meta.string(4, names.get(c));
            if (types[c] == BYTE_ARRAY) {
                meta.i32(6, 0); // UTF8
            }
            meta.endStruct();
        }
        meta.i64(3, n);
        meta.beginList(4, Thrift.STRUCT, 1);
        meta.beginElement();
        meta.beginList(1, Thrift.STRUCT, k);
        for (int c = 0; c < k; c++) {
            meta.beginElement();
            meta.i64(2, offsets[c]);
            meta.beginStruct(3);
            meta.i32(1, types[c]);
            meta.beginList(2, Thrift.I32, 2);
            meta.listI32(PLAIN);
            meta.listI32(RLE);
            meta.beginList(3, Thrift.BINARY, 1);
            meta.listString(names.get(c));
            meta.i32(4, 0); // UNCOMPRESSED
            meta.i64(5, n);
            meta.i64(6, sizes[c]);
            meta.i64(7, sizes[c]);
            meta.i64(9, offsets[c]);
            meta.endStruct();
            meta.endStruct();
        }
        meta.i64(2, total);
        meta.i64(3, n);
        meta.endStruct();
        meta.string(6, "gvc4j");
        meta.stop();
        byte[] footer = meta.bytes();
        file.writeBytes(footer);
        writeIntLe(file, footer.length);
        file.writeBytes("PAR1".getBytes(StandardCharsets.US_ASCII));
        return file.toByteArray();
    }

    /** Definition levels of bit width 1 as RLE runs: a varint header (count shifted left by one), one value byte. */
    private static byte[] levels(boolean[] present) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int i = 0;
        while (i < present.length) {
            int j = i;
            while (j < present.length && present[j] == present[i]) {
                j++;
            }
            Thrift.varint(b, (long) (j - i) << 1);
            b.write(present[i] ? 1 : 0);
            i = j;
        }
        return b.toByteArray();
    }

    private static void writeIntLe(OutputStream o, int v) {
        try {
            for (int s = 0; s < 32; s += 8) {
                o.write(v >>> s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeLongLe(OutputStream o, long v) {
        try {
            for (int s = 0; s < 64; s += 8) {
                o.write((int) (v >>> s));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Thrift's compact protocol, as far as the Parquet footer and page headers need it. */
    private static final class Thrift {
        static final int I32 = 5;
        static final int I64 = 6;
        static final int BINARY = 8;
        static final int LIST = 9;
        static final int STRUCT = 12;

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ArrayList<Integer> lastIds = new ArrayList<>(List.of(0));

        byte[] bytes() {
            return out.toByteArray();
        }

        private void field(int id, int type) {
            int last = lastIds.get(lastIds.size() - 1);
            int delta = id - last;
            if (delta > 0 && delta <= 15) {
                out.write((delta << 4) | type);
            } else {
                out.write(type);
                varint(out, zigzag(id));
            }
            lastIds.set(lastIds.size() - 1, id);
        }

        void i32(int id, int v) {
            field(id, I32);
            varint(out, zigzag(v));
        }

        void i64(int id, long v) {
            field(id, I64);
            varint(out, zigzag(v));
        }

        void string(int id, String s) {
            field(id, BINARY);
            listString(s);
        }

        void listString(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varint(out, b.length);
            out.writeBytes(b);
        }

        void listI32(int v) {
            varint(out, zigzag(v));
        }

        void beginList(int id, int elementType, int size) {
            field(id, LIST);
            if (size < 15) {
                out.write((size << 4) | elementType);
            } else {
                out.write(0xF0 | elementType);
                varint(out, size);
            }
        }

        void beginStruct(int id) {
            field(id, STRUCT);
            lastIds.add(0);
        }

        /** A struct as a list element: no field header. */
        void beginElement() {
            lastIds.add(0);
        }

        void endStruct() {
            out.write(0);
            lastIds.remove(lastIds.size() - 1);
        }

        void stop() {
            out.write(0);
        }

        private static long zigzag(long v) {
            return (v << 1) ^ (v >> 63);
        }

        static void varint(ByteArrayOutputStream o, long v) {
            while ((v & ~0x7FL) != 0) {
                o.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            o.write((int) v);
        }
    }
}
