package org.gvc4j.source.wiod2016;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gvc4j.error.TableFormatException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a data.frame of character, factor, integer, logical and double columns from an R save file ({@code .RData},
 * format 2 or 3, XDR) or an {@code .rds} file, gzip-compressed or not; nothing else of R's serialization (functions,
 * environments, compact ALTREP vectors) is read: such objects end in a message. Every length is checked before it
 * is used; arrays grow with the bytes actually read, so a declared length of billions costs nothing until the bytes
 * are there (and the heap is checked before each growth). Nesting is bounded, pairlists are read in a loop.
 */
final class RData {
    private static final int NILVALUE = 254;
    private static final int MAX_DEPTH = 50;
    /** The longest string read (labels and descriptions are far shorter). */
    private static final int MAX_STRING = 1 << 16;
    /** The most elements read into one growth step. */
    private static final int CHUNK = 1 << 16;

    private final Bytes in;
    private final List<String> symbols = new ArrayList<>();

    /** An R object with its attributes (pairs of name and value). */
    private record RObject(int type, Object value, List<String> attrNames, List<@Nullable Object> attrValues) {
        @Nullable Object attr(String name) {
            int k = attrNames.indexOf(name);
            return k < 0 ? null : attrValues.get(k);
        }
    }

    /** A pairlist (attributes, or the objects of an .RData file): tags and values. */
    private record Pairs(List<String> tags, List<@Nullable Object> values) {
    }

    private record Sym(String name) {
    }

    private RData(Bytes in) {
        this.in = in;
    }

    /** Whether {@code head} (the first bytes, decompressed) is an R save or serialization in XDR format. */
    static boolean isRData(byte[] head) {
        String s = new String(head, StandardCharsets.ISO_8859_1);
        return s.startsWith("RDX2\nX\n") || s.startsWith("RDX3\nX\n");
    }

    /**
     * Reads the data.frame named {@code wanted} (or the only data.frame) from an .RData file, or the data.frame of an
     * .rds file.
     *
     * @param raw   the file's bytes, gzip-compressed or not
     * @param shown the file as named in messages
     * @param notes receives what was assumed
     */
    static Frame read(InputStream raw, String shown, String wanted, List<String> notes) throws IOException {
        Counting b = new Counting(new java.io.BufferedInputStream(raw, 1 << 16));
        b.mark(8);
        byte[] magic = b.readNBytes(6);
        b.reset();
        InputStream data = b;
        String unit = "";
        boolean gz = magic.length >= 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B;
        if (gz) {
            try {
                data = new java.util.zip.GZIPInputStream(b, 1 << 16);
            } catch (java.io.EOFException e) {
                throw new TableFormatException(String.format(Locale.ROOT, "%s offset %,d: the gzip header is cut short "
                        + "(the file is cut short)", shown, b.count));
            } catch (java.util.zip.ZipException e) {
                throw new TableFormatException(shown + " offset 0: a damaged gzip header (" + e.getMessage() + ")");
            }
            unit = " (uncompressed)";
        } else if (magic.length >= 3 && magic[0] == 'B' && magic[1] == 'Z' && magic[2] == 'h') {
            throw new TableFormatException(shown + " offset 0: a bzip2-compressed R file; gvc4j reads gzip-compressed "
                    + "ones (re-save it in R with save(..., compress = \"gzip\"))");
        } else if (magic.length >= 6 && (magic[0] & 0xFF) == 0xFD && magic[1] == '7' && magic[2] == 'z') {
            throw new TableFormatException(shown + " offset 0: an xz-compressed R file; gvc4j reads gzip-compressed "
                    + "ones (re-save it in R with save(..., compress = \"gzip\"))");
        }
        RData r = new RData(new Bytes(data, shown, unit));
        try {
            return r.file(wanted, notes);
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            String what = e instanceof java.io.EOFException ? "the gzip stream ends early (the file is cut short)"
                    : "damaged gzip data (" + e.getMessage() + "; download it again)";
            throw new TableFormatException(String.format(Locale.ROOT, "%s: %s, at byte %,d of the compressed file",
                    r.in.at(r.in.offset()), what, b.count));
        }
    }

    /** Counts the bytes read (the compressed offset, for messages). */
    private static final class Counting extends java.io.FilterInputStream {
        long count;
        private long marked;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int k = super.read();
            if (k >= 0) {
                count++;
            }
            return k;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int k = super.read(b, off, len);
            if (k > 0) {
                count += k;
            }
            return k;
        }

        @Override
        public synchronized void mark(int limit) {
            super.mark(limit);
            marked = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = marked;
        }
    }

    private Frame file(String wanted, List<String> notes) throws IOException {
        byte[] head = new byte[5];
        in.read(head, 0, 5, "the file's header");
        String h = new String(head, StandardCharsets.ISO_8859_1);
        if (h.equals("RDX2\n") || h.equals("RDX3\n")) {
            byte[] x = new byte[2];
            in.read(x, 0, 2, "the file's header");
            if (x[0] != 'X' || x[1] != '\n') {
                throw new TableFormatException(in.at(5) + ": R save format \"" + printable(new String(x,
                        StandardCharsets.ISO_8859_1)) + "\"; gvc4j reads the XDR (binary, \"X\") format that save() writes");
            }
        } else if (h.startsWith("X\n")) {
            // an .rds: the two bytes read are the format; the remaining three belong to the version integer
            return rds(head, notes);
        } else {
            throw new TableFormatException(in.at(0) + ": not an R save file (it begins \"" + printable(h) + "\", not "
                    + "RDX2/RDX3)");
        }
        versions();
        Object top = item(0);
        if (!(top instanceof Pairs p)) {
            throw in.error("an R save file holds a list of named objects; this one holds "
                    + (top == null ? "nothing" : "a single object of another kind"));
        }
        if (!in.atEnd()) {
            throw in.error("bytes after the saved objects (a damaged file, or two files joined)");
        }
        int k = p.tags().indexOf(wanted);
        List<String> frames = new ArrayList<>();
        for (int i = 0; i < p.tags().size(); i++) {
            if (p.values().get(i) instanceof RObject o && isDataFrame(o)) {
                frames.add(p.tags().get(i));
            }
        }
        if (k < 0) {
            if (frames.size() != 1) {
                throw new TableFormatException(in.at(0).replaceFirst(" offset 0.*", "") + ": no object \"" + wanted
                        + "\" (it holds " + p.tags() + ", " + frames.size() + " of them data.frames)");
            }
            k = p.tags().indexOf(frames.get(0));
            notes.add("the file holds no object \"" + wanted + "\": its only data.frame \"" + frames.get(0) + "\" read");
        }
        Object v = p.values().get(k);
        if (!(v instanceof RObject o) || !isDataFrame(o)) {
            throw new TableFormatException(in.at(0).replaceFirst(" offset 0.*", "") + ": the object \"" + p.tags().get(k)
                    + "\" is not a data.frame");
        }
        return frame(o, p.tags().get(k));
    }

    private Frame rds(byte[] head, List<String> notes) throws IOException {
        // head = "X\n" + the first three bytes of the format version
        int version = (head[2] & 0xFF) << 24 | (head[3] & 0xFF) << 16 | (head[4] & 0xFF) << 8 | in.u8("the header");
        afterVersion(version);
        Object top = item(0);
        if (!in.atEnd()) {
            throw in.error("bytes after the serialized object (a damaged file)");
        }
        if (!(top instanceof RObject o) || !isDataFrame(o)) {
            throw new TableFormatException(in.at(0).replaceFirst(" offset 0.*", "") + ": the .rds file holds no "
                    + "data.frame");
        }
        notes.add("an .rds file: its data.frame read");
        return frame(o, "the object");
    }

    private void versions() throws IOException {
        afterVersion(in.i32("the format version"));
    }

    private void afterVersion(int version) throws IOException {
        if (version != 2 && version != 3) {
            throw in.error("serialization format " + version + "; gvc4j reads formats 2 and 3");
        }
        in.i32("the R version");
        in.i32("the R version");
        if (version == 3) {
            int len = in.i32("the native encoding");
            if (len < 0 || len > 64) {
                throw in.error("a native-encoding name of " + len + " bytes (a damaged header)");
            }
            in.skip(len, "the native encoding");
        }
    }

    private static boolean isDataFrame(RObject o) {
        return o.type() == 19 && o.attr("class") instanceof RObject c && c.value() instanceof String[] s
                && Arrays.asList(s).contains("data.frame");
    }

    private Frame frame(RObject o, String name) {
        Object[] cols = (Object[]) o.value();
        Object names = o.attr("names");
        if (!(names instanceof RObject n) || !(n.value() instanceof String[] ns) || ns.length != cols.length) {
            throw new TableFormatException(where() + ": the data.frame " + name + " has no names for its " + cols.length
                    + " columns");
        }
        int rows = -1;
        List<Object> out = new ArrayList<>();
        for (int c = 0; c < cols.length; c++) {
            String cn = ns[c] == null ? "NA" : ns[c];
            if (!(cols[c] instanceof RObject col)) {
                throw new TableFormatException(where() + ": column " + (c + 1) + " \"" + printable(cn) + "\" is not a "
                        + "vector");
            }
            Object conv = column(col, cn);
            int len = conv instanceof String[] s ? s.length : ((double[]) conv).length;
            if (rows >= 0 && len != rows) {
                throw new TableFormatException(where() + ": column \"" + printable(cn) + "\" has " + len + " rows, the "
                        + "first column " + rows);
            }
            rows = len;
            out.add(conv);
        }
        List<String> nl = new ArrayList<>();
        for (String s : ns) {
            nl.add(s == null ? "NA" : s);
        }
        return new Frame(nl, out, Math.max(rows, 0));
    }

    private String where() {
        return in.at(0).replaceFirst(" offset 0.*", "");
    }

    private Object column(RObject col, String name) {
        switch (col.type()) {
            case 16:
                return col.value();
            case 14:
                return col.value();
            case 13:
            case 10: {
                int[] v = (int[]) col.value();
                Object levels = col.attr("levels");
                if (col.type() == 13 && levels instanceof RObject l && l.value() instanceof String[] ls) {
                    String[] out = new String[v.length];
                    for (int i = 0; i < v.length; i++) {
                        if (v[i] == Integer.MIN_VALUE) {
                            continue;
                        }
                        if (v[i] < 1 || v[i] > ls.length) {
                            throw new TableFormatException(where() + ": column \"" + printable(name) + "\" row " + (i + 1)
                                    + ": factor code " + v[i] + " outside its " + ls.length + " levels");
                        }
                        out[i] = ls[v[i] - 1];
                    }
                    return out;
                }
                double[] out = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    out[i] = v[i] == Integer.MIN_VALUE ? Frame.NA : v[i];
                }
                return out;
            }
            default:
                throw new TableFormatException(where() + ": column \"" + printable(name) + "\" is an R object of type "
                        + col.type() + "; gvc4j reads character, factor, integer, logical and double columns");
        }
    }

    /** One object; {@code null} for R's NULL. */
    private @Nullable Object item(int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw in.error("objects nested more than " + MAX_DEPTH + " deep; not a data.frame's file");
        }
        long at = in.offset();
        int flags = in.i32("an object header");
        int type = flags & 0xFF;
        boolean hasAttr = (flags & (1 << 9)) != 0;
        boolean hasTag = (flags & (1 << 10)) != 0;
        switch (type) {
            case NILVALUE:
            case 242: // empty environment
            case 241: // base environment
            case 253: // global environment
            case 252: // unbound value
            case 251: // missing argument
                return null;
            case 255: { // a reference to a symbol read before
                int k = flags >>> 8;
                if (k == 0) {
                    k = in.i32("a reference");
                }
                if (k < 1 || k > symbols.size()) {
                    throw new TableFormatException(in.at(at) + ": a reference to object " + k + " of " + symbols.size()
                            + " (a damaged file)");
                }
                return new Sym(symbols.get(k - 1));
            }
            case 1: { // symbol
                Object name = item(depth + 1);
                if (!(name instanceof CharHolder ch) || ch.s == null) {
                    throw new TableFormatException(in.at(at) + ": a symbol without a name (a damaged file)");
                }
                symbols.add(ch.s);
                if (symbols.size() > 1_000_000) {
                    throw new TableFormatException(in.at(at) + ": more than a million symbols; not a data.frame's file");
                }
                return new Sym(ch.s);
            }
            case 9:
                return new CharHolder(chars(at, flags));
            case 2: // pairlist: read in a loop along its tail
                return pairs(flags, at, depth);
            case 10:
            case 13:
            case 14:
            case 16:
            case 19: {
                Object v = vector(type, at, depth);
                List<String> an = new ArrayList<>();
                List<@Nullable Object> av = new ArrayList<>();
                if (hasAttr) {
                    Object a = item(depth + 1);
                    if (!(a instanceof Pairs p)) {
                        throw new TableFormatException(in.at(at) + ": attributes that are not a pairlist (a damaged "
                                + "file)");
                    }
                    an.addAll(p.tags());
                    av.addAll(p.values());
                }
                return new RObject(type, v, an, av);
            }
            case 238:
                throw new TableFormatException(in.at(at) + ": a compact (ALTREP) R vector; gvc4j reads plain vectors "
                        + "(re-save it in R with saveRDS/save(..., version = 2))");
            default:
                throw new TableFormatException(in.at(at) + ": an R object of type " + type + " (" + kind(type)
                        + "); gvc4j reads data.frames of character, factor, integer, logical and double columns");
        }
    }

    private static String kind(int type) {
        return switch (type) {
            case 3 -> "a function";
            case 4 -> "an environment";
            case 6 -> "a call";
            case 7, 8 -> "a built-in function";
            case 15 -> "a complex vector";
            case 24 -> "a raw vector";
            case 25 -> "an S4 object";
            default -> "not a data.frame's part";
        };
    }

    private static final class CharHolder {
        final @Nullable String s;

        CharHolder(@Nullable String s) {
            this.s = s;
        }
    }

    private Pairs pairs(int flags, long at, int depth) throws IOException {
        List<String> tags = new ArrayList<>();
        List<@Nullable Object> values = new ArrayList<>();
        while (true) {
            if ((flags & (1 << 9)) != 0) {
                item(depth + 1); // attributes of a pairlist cell: not used
            }
            String tag = "";
            if ((flags & (1 << 10)) != 0) {
                Object t = item(depth + 1);
                if (!(t instanceof Sym s)) {
                    throw new TableFormatException(in.at(at) + ": a pairlist tag that is not a symbol (a damaged file)");
                }
                tag = s.name();
            }
            tags.add(tag);
            values.add(item(depth + 1));
            if (tags.size() > 1_000_000) {
                throw new TableFormatException(in.at(at) + ": a pairlist of more than a million elements");
            }
            long next = in.offset();
            flags = in.i32("a pairlist");
            int type = flags & 0xFF;
            if (type == NILVALUE) {
                return new Pairs(tags, values);
            }
            if (type != 2) {
                throw new TableFormatException(in.at(next) + ": a pairlist whose tail is an object of type " + type
                        + " (a damaged file)");
            }
        }
    }

    /** A CHARSXP's text: Latin-1 when its flags say so (R's LATIN1 mark), else UTF-8 (ASCII and UTF-8 marks, native). */
    private @Nullable String chars(long at, int flags) throws IOException {
        int len = in.i32("a string's length");
        if (len == -1) {
            return null;
        }
        if (len < 0 || len > MAX_STRING) {
            throw new TableFormatException(in.at(at) + ": a string of " + len + " bytes (at most " + MAX_STRING
                    + "; a damaged file)");
        }
        byte[] b = new byte[len];
        in.read(b, 0, len, "a string");
        return new String(b, ((flags >> 12) & 4) != 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    private int length(long at, String what) throws IOException {
        int n = in.i32("a vector's length");
        if (n == -1) {
            throw new TableFormatException(in.at(at) + ": a long vector (more than 2^31 elements); not a table column");
        }
        if (n < 0) {
            throw new TableFormatException(in.at(at) + ": a " + what + " of negative length " + n + " (a damaged file)");
        }
        return n;
    }

    private Object vector(int type, long at, int depth) throws IOException {
        String what = switch (type) {
            case 10 -> "logical vector";
            case 13 -> "integer vector";
            case 14 -> "double vector";
            case 16 -> "character vector";
            default -> "list";
        };
        int n = length(at, what);
        String inside = String.format(Locale.ROOT, "a %s of %,d elements declared at offset %,d", what, n, at);
        switch (type) {
            case 14: {
                double[] v = new double[Math.min(n, CHUNK)];
                int done = 0;
                while (done < n) {
                    if (done == v.length) {
                        v = grow(v, n, at, what);
                    }
                    int k = Math.min(n, v.length) - done;
                    in.doubles(v, done, k, inside);
                    done += k;
                }
                return v;
            }
            case 10:
            case 13: {
                int[] v = new int[Math.min(n, CHUNK)];
                for (int i = 0; i < n; i++) {
                    if (i == v.length) {
                        long next = Math.min(n, (long) v.length * 2);
                        Frame.requireHeap(next * 4, in.at(at) + ": an " + what + " of " + n + " elements");
                        v = Arrays.copyOf(v, (int) next);
                    }
                    v[i] = in.i32(inside);
                }
                return v;
            }
            case 16: {
                List<@Nullable String> v = new ArrayList<>(Math.min(n, CHUNK));
                for (int i = 0; i < n; i++) {
                    long el = in.offset();
                    int flags = in.i32("a string");
                    if ((flags & 0xFF) != 9) {
                        throw new TableFormatException(in.at(el) + ": element " + (i + 1) + " of a character vector is "
                                + "an object of type " + (flags & 0xFF) + " (a damaged file)");
                    }
                    v.add(chars(el, flags));
                }
                return v.toArray(new String[0]);
            }
            default: {
                List<@Nullable Object> v = new ArrayList<>(Math.min(n, CHUNK));
                for (int i = 0; i < n; i++) {
                    v.add(item(depth + 1));
                }
                return v.toArray();
            }
        }
    }

    private double[] grow(double[] v, int n, long at, String what) {
        long next = Math.min(n, (long) v.length * 2);
        Frame.requireHeap(next * 8, in.at(at) + ": a " + what + " of " + n + " elements");
        return Arrays.copyOf(v, (int) next);
    }

    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < 40; i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || c == 0x7f ? String.format(Locale.ROOT, "\\x%02x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }
}
