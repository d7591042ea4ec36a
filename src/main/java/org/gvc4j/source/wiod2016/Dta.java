package org.gvc4j.source.wiod2016;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gvc4j.error.TableFormatException;

/**
 * Reads a Stata data set, format 118 (Stata 14–18) or 119 (more than 32,767 variables), streaming its fixed-width
 * rows: numeric variables (byte, int, long, float, double) and fixed-length strings ({@code str1}…{@code str2045});
 * long strings ({@code strL}) are refused. Every tag is checked; the row count times the row width is checked against
 * the file's size before anything is allocated for the data.
 */
final class Dta {
    static final byte[] MAGIC = "<stata_dta>".getBytes(StandardCharsets.US_ASCII);
    /** The largest non-missing values of each type (Stata's missing values .,.a … .z lie above). */
    private static final double MAX_DOUBLE = Double.longBitsToDouble(0x7FDFFFFFFFFFFFFFL);
    private static final float MAX_FLOAT = Float.intBitsToFloat(0x7EFFFFFF);

    private Dta() {
    }

    /**
     * @param size  the file's size in bytes, −1 when unknown
     * @param shown the file as named in messages
     */
    static Frame read(InputStream raw, long size, String shown) throws IOException {
        Bytes in = new Bytes(raw, shown, "");
        in.expect("<stata_dta><header><release>");
        byte[] rel = new byte[3];
        in.read(rel, 0, 3, "the release");
        String release = new String(rel, StandardCharsets.ISO_8859_1);
        if (!release.equals("118") && !release.equals("119")) {
            throw new TableFormatException(in.at(28) + ": Stata format " + RData.printable(release) + "; gvc4j reads "
                    + "formats 118 and 119 (Stata 14 and later; re-save older files with saveold or haven::write_dta)");
        }
        boolean wide = release.equals("119");
        in.expect("</release><byteorder>");
        byte[] bo = new byte[3];
        in.read(bo, 0, 3, "the byte order");
        String order = new String(bo, StandardCharsets.ISO_8859_1);
        if (order.equals("LSF")) {
            in.bigEndian = false;
        } else if (!order.equals("MSF")) {
            throw in.error("byte order \"" + RData.printable(order) + "\" (LSF or MSF expected; a damaged header)");
        }
        in.expect("</byteorder><K>");
        long kAt = in.offset();
        long k = wide ? in.i32("K") & 0xFFFFFFFFL : in.u16("K");
        in.expect("</K><N>");
        long nAt = in.offset();
        long n = in.i64("N");
        in.expect("</N><label>");
        in.skip(in.u16("the label"), "the label");
        in.expect("</label><timestamp>");
        in.skip(in.u8("the timestamp"), "the timestamp");
        in.expect("</timestamp></header><map>");
        long[] map = new long[14];
        for (int i = 0; i < 14; i++) {
            map[i] = in.i64("the map");
        }
        in.expect("</map><variable_types>");
        if (k < 1 || k > 120_000 || (size >= 0 && k * (2 + 129 + 57 + 129 + 321) > size)) {
            throw new TableFormatException(in.at(kAt) + ": " + k + " variables" + (k < 1 || k > 120_000 ? " (a damaged "
                    + "header)" : String.format(Locale.ROOT, " need at least %,d bytes of descriptions, but the file has "
                    + "%,d: cut short, or a damaged header", k * (2 + 129 + 57 + 129 + 321), size)));
        }
        int kk = (int) k;
        int[] types = new int[kk];
        int width = 0;
        for (int i = 0; i < kk; i++) {
            long at = in.offset();
            types[i] = in.u16("the variable types");
            int w = width(types[i]);
            if (w < 0) {
                throw new TableFormatException(in.at(at) + ": variable " + (i + 1) + " has type code " + types[i]
                        + (types[i] == 32768 ? " (strL, a long string); gvc4j reads fixed-length strings" : " (not a "
                        + "Stata 118 type; a damaged header)"));
            }
            width += w;
        }
        in.expect("</variable_types><varnames>");
        List<String> names = new ArrayList<>();
        byte[] name = new byte[129];
        for (int i = 0; i < kk; i++) {
            in.read(name, 0, 129, "the variable names");
            names.add(cString(name, 0, 129));
        }
        in.expect("</varnames><sortlist>");
        in.skip((k + 1) * (wide ? 4 : 2), "the sort list");
        in.expect("</sortlist><formats>");
        in.skip(k * 57, "the formats");
        in.expect("</formats><value_label_names>");
        in.skip(k * 129, "the value-label names");
        in.expect("</value_label_names><variable_labels>");
        in.skip(k * 321, "the variable labels");
        in.expect("</variable_labels><characteristics>");
        while (true) {
            long at = in.offset();
            byte[] t = new byte[4];
            in.read(t, 0, 4, "the characteristics");
            String tag = new String(t, StandardCharsets.ISO_8859_1);
            if (tag.equals("<ch>")) {
                long len = in.i32("a characteristic") & 0xFFFFFFFFL;
                if (size >= 0 && len > size) {
                    throw new TableFormatException(in.at(at) + ": a characteristic of " + len + " bytes in a file of "
                            + size + " (a damaged file)");
                }
                in.skip(len, "a characteristic");
                in.expect("</ch>");
            } else if (tag.equals("</ch")) {
                in.expect("aracteristics>");
                break;
            } else {
                throw new TableFormatException(in.at(at) + ": expected <ch> or </characteristics> (a damaged file)");
            }
        }
        long dataAt = in.offset();
        in.expect("<data>");
        if (map[9] != dataAt) {
            throw new TableFormatException(in.at(dataAt) + ": the data begin here, but the file's map says offset "
                    + map[9] + " (a damaged map)");
        }
        if (n < 0 || n > Integer.MAX_VALUE - 8 || (size >= 0 && n * width > size - in.offset())) {
            throw new TableFormatException(in.at(nAt) + ": " + Long.toUnsignedString(n) + " observations of " + width
                    + " bytes " + (n < 0 || n > Integer.MAX_VALUE - 8 ? "(a damaged header)" : "do not fit in the "
                    + (size - in.offset()) + " bytes left in the file (cut short, or a damaged header)"));
        }
        int rows = (int) n;
        long cells = 0;
        for (int t : types) {
            cells += t <= 2045 ? 4 : 8;
        }
        Frame.requireHeap(cells * rows, in.at(dataAt) + ": " + rows + " observations of " + k + " variables");
        List<Object> cols = new ArrayList<>();
        for (int t : types) {
            cols.add(t <= 2045 ? new String[rows] : new double[rows]);
        }
        byte[] row = new byte[width];
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(row).order(in.bigEndian ? java.nio.ByteOrder.BIG_ENDIAN
                : java.nio.ByteOrder.LITTLE_ENDIAN);
        Object[] colArray = cols.toArray();
        for (int r = 0; r < rows; r++) {
            in.read(row, 0, width, "observation " + (r + 1) + " of " + rows);
            int p = 0;
            for (int c = 0; c < kk; c++) {
                int t = types[c];
                if (t <= 2045) {
                    ((String[]) colArray[c])[r] = cString(row, p, t);
                    p += t;
                    continue;
                }
                double v;
                switch (t) {
                    case 65526 -> {
                        v = bb.getDouble(p);
                        v = v > MAX_DOUBLE ? Frame.NA : v;
                        p += 8;
                    }
                    case 65527 -> {
                        float f = bb.getFloat(p);
                        v = f > MAX_FLOAT ? Frame.NA : f;
                        p += 4;
                    }
                    case 65528 -> {
                        int i = bb.getInt(p);
                        v = i > 2_147_483_620 ? Frame.NA : i;
                        p += 4;
                    }
                    case 65529 -> {
                        short i = bb.getShort(p);
                        v = i > 32_740 ? Frame.NA : i;
                        p += 2;
                    }
                    default -> {
                        byte b = row[p];
                        v = b > 100 ? Frame.NA : b;
                        p += 1;
                    }
                }
                ((double[]) colArray[c])[r] = v;
            }
        }
        in.expect("</data><strls>");
        byte[] t = new byte[3];
        while (true) {
            long at = in.offset();
            in.read(t, 0, 3, "the long strings");
            String tag = new String(t, StandardCharsets.ISO_8859_1);
            if (tag.equals("GSO")) {
                in.skip(4 + 8 + 1, "a long string");
                skipBounded(in, in.i32("a long string") & 0xFFFFFFFFL, size, at);
            } else if (tag.equals("</s")) {
                in.expect("trls><value_labels>");
                break;
            } else {
                throw new TableFormatException(in.at(at) + ": expected a long string (GSO) or </strls> (a damaged file)");
            }
        }
        byte[] l = new byte[5];
        while (true) {
            long at = in.offset();
            in.read(l, 0, 5, "the value labels");
            String tag = new String(l, StandardCharsets.ISO_8859_1);
            if (tag.equals("<lbl>")) {
                long len = in.i32("a value label") & 0xFFFFFFFFL;
                in.skip(129 + 3, "a value label");
                skipBounded(in, len, size, at);
                in.expect("</lbl>");
            } else if (tag.equals("</val")) {
                in.expect("ue_labels></stata_dta>");
                break;
            } else {
                throw new TableFormatException(in.at(at) + ": expected <lbl> or </value_labels> (a damaged file)");
            }
        }
        if (!in.atEnd()) {
            throw in.error("bytes after </stata_dta> (a damaged file, or two files joined)");
        }
        return new Frame(names, cols, rows);
    }

    private static void skipBounded(Bytes in, long len, long size, long at) throws IOException {
        if (size >= 0 && len > size) {
            throw new TableFormatException(in.at(at) + ": an entry of " + len + " bytes in a file of " + size
                    + " (a damaged file)");
        }
        in.skip(len, "an entry of " + len + " bytes");
    }

    /** Bytes per value of a type code, −1 for a code this reader does not read. */
    private static int width(int type) {
        if (type >= 1 && type <= 2045) {
            return type;
        }
        return switch (type) {
            case 65526 -> 8;
            case 65527, 65528 -> 4;
            case 65529 -> 2;
            case 65530 -> 1;
            default -> -1;
        };
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }
}
