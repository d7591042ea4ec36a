package org.gvc4j.source.wiod2016;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.gvc4j.error.TableFormatException;

/**
 * A binary input read in order, with its offset for messages; big- or little-endian. A file that ends early ends in a
 * message naming the offset and what was being read, never in an {@link EOFException}.
 */
final class Bytes {
    private final InputStream in;
    private final String shown;
    private final String unit;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private long offset;
    boolean bigEndian = true;

    /**
     * @param shown the file as named in messages
     * @param unit  how offsets are qualified, e.g. {@code " (uncompressed)"}
     */
    Bytes(InputStream in, String shown, String unit) {
        this.in = in;
        this.shown = shown;
        this.unit = unit;
    }

    long offset() {
        return offset;
    }

    /** A message prefix naming the file and the offset {@code at}. */
    String at(long at) {
        return String.format(Locale.ROOT, "%s offset %,d%s", shown, at, unit);
    }

    TableFormatException error(String what) {
        return new TableFormatException(at(offset) + ": " + what);
    }

    private boolean fill() throws IOException {
        pos = 0;
        lim = 0;
        int k = in.read(buf, 0, buf.length);
        if (k <= 0) {
            return false;
        }
        lim = k;
        return true;
    }

    /** Whether the input has ended. */
    boolean atEnd() throws IOException {
        return pos >= lim && !fill();
    }

    private void need(String what) throws IOException {
        if (pos >= lim && !fill()) {
            throw error("the file ends inside " + what + " (cut short?)");
        }
    }

    int u8(String what) throws IOException {
        need(what);
        offset++;
        return buf[pos++] & 0xFF;
    }

    void read(byte[] dst, int off, int len, String what) throws IOException {
        while (len > 0) {
            need(what);
            int k = Math.min(len, lim - pos);
            System.arraycopy(buf, pos, dst, off, k);
            pos += k;
            off += k;
            len -= k;
            offset += k;
        }
    }

    void skip(long len, String what) throws IOException {
        while (len > 0) {
            need(what);
            int k = (int) Math.min(len, lim - pos);
            pos += k;
            len -= k;
            offset += k;
        }
    }

    private final byte[] bulk = new byte[1 << 16];

    /** Reads {@code count} doubles into {@code dst} from {@code off}, in the current byte order. */
    void doubles(double[] dst, int off, int count, String what) throws IOException {
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(bulk).order(bigEndian ? java.nio.ByteOrder.BIG_ENDIAN
                : java.nio.ByteOrder.LITTLE_ENDIAN);
        while (count > 0) {
            int k = Math.min(count, bulk.length / 8);
            read(bulk, 0, k * 8, what);
            bb.clear();
            bb.asDoubleBuffer().get(dst, off, k);
            off += k;
            count -= k;
        }
    }

    int u16(String what) throws IOException {
        int a = u8(what);
        int b = u8(what);
        return bigEndian ? a << 8 | b : b << 8 | a;
    }

    int i32(String what) throws IOException {
        if (lim - pos >= 4) {
            int a = buf[pos] & 0xFF;
            int b = buf[pos + 1] & 0xFF;
            int c = buf[pos + 2] & 0xFF;
            int d = buf[pos + 3] & 0xFF;
            pos += 4;
            offset += 4;
            return bigEndian ? a << 24 | b << 16 | c << 8 | d : d << 24 | c << 16 | b << 8 | a;
        }
        int a = u8(what);
        int b = u8(what);
        int c = u8(what);
        int d = u8(what);
        return bigEndian ? a << 24 | b << 16 | c << 8 | d : d << 24 | c << 16 | b << 8 | a;
    }

    long i64(String what) throws IOException {
        long a = i32(what) & 0xFFFFFFFFL;
        long b = i32(what) & 0xFFFFFFFFL;
        return bigEndian ? a << 32 | b : b << 32 | a;
    }

    double f64(String what) throws IOException {
        return Double.longBitsToDouble(i64(what));
    }

    /** Reads exactly the ASCII text {@code tag} (a Stata tag such as {@code <data>}). */
    void expect(String tag) throws IOException {
        long at = offset;
        for (int i = 0; i < tag.length(); i++) {
            int b = u8(tag);
            if (b != tag.charAt(i)) {
                throw new TableFormatException(at(at) + ": expected " + tag + " (a damaged header, or not a Stata 118 "
                        + "file)");
            }
        }
    }
}
