package org.gvc4j.source;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * The fast way through a large, clean table-folder file: the file is mapped (off the heap), cut into one chunk of whole
 * lines per core, and each chunk is parsed straight from its bytes into the column-major array. Only the plain case
 * is taken: ASCII, labels without quotes inside, numbers unquoted or simply quoted, one line break after every line.
 * Anything else (a blank line, a BOM, non-ASCII bytes, a control byte, a bad number, a wrong field count) makes it
 * give up and return {@code null}; the caller then reads the file with {@link CsvGrid} from the start, which names the
 * problem exactly as before. So the fast way never changes what is accepted, only how fast.
 */
final class FastGrid {
    /** Below this size the sequential reader is as fast. */
    static final long MIN_BYTES = 4L << 20;

    private FastGrid() {
    }

    /** Thrown inside the workers to give up (no stack trace: it is control flow). */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    /**
     * @param expectedRows as in {@link CsvGrid#read}
     * @return the grid, or {@code null} when the fast way does not apply
     */
    static @Nullable CsvGrid read(Path file, String shown, int expectedRows) throws IOException {
        long size = java.nio.file.Files.size(file);
        if (size < MIN_BYTES || size > Integer.MAX_VALUE - 8) {
            return null;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            MappedByteBuffer buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            int end = (int) size;
            int headEnd = 0;
            while (headEnd < end && buf.get(headEnd) != '\n') {
                headEnd++;
            }
            if (headEnd == end || buf.get(end - 1) != '\n') {
                return null;
            }
            byte[] head = new byte[headEnd + 1];
            buf.get(0, head);
            // the header through the strict tokenizer: the same labels, the same checks
            CsvGrid g;
            try (java.io.InputStream in = new java.io.ByteArrayInputStream(head)) {
                g = CsvGrid.header(new TextCursor(in, ',', shown));
            }
            int cols = g.columns.size();
            int rows = expectedRows >= 0 ? expectedRows : cols;
            if ((long) rows * cols > Integer.MAX_VALUE - 8 || size < (long) rows * (2L * cols + 1)) {
                return null;
            }
            Memory.require((long) rows * cols * 8, shown);
            int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
            int[] starts = new int[threads + 1];
            starts[0] = headEnd + 1;
            starts[threads] = end;
            for (int t = 1; t < threads; t++) {
                int p = Math.max(starts[t - 1], (int) (headEnd + 1 + (long) (end - headEnd - 1) * t / threads));
                while (p < end && buf.get(p - 1) != '\n') {
                    p++;
                }
                starts[t] = p;
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread th = new Thread(r, "gvc4j-load");
                th.setDaemon(true);
                return th;
            });
            try {
                // 1: lines per chunk, so that every chunk knows its first row
                List<Future<Integer>> counts = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int from = starts[t];
                    int to = starts[t + 1];
                    counts.add(pool.submit(() -> {
                        byte[] block = new byte[1 << 16];
                        int k = 0;
                        for (int p = from; p < to; p += block.length) {
                            int len = Math.min(block.length, to - p);
                            buf.get(p, block, 0, len);
                            for (int i = 0; i < len; i++) {
                                if (block[i] == '\n') {
                                    k++;
                                }
                            }
                        }
                        return k;
                    }));
                }
                int[] firstRow = new int[threads + 1];
                for (int t = 0; t < threads; t++) {
                    firstRow[t + 1] = firstRow[t] + counts.get(t).get();
                }
                if (firstRow[threads] != rows) {
                    return null; // the sequential reader names the missing or extra row
                }
                // 2: parse
                double[] flat = new double[rows * cols];
                String[] labels = new String[rows];
                List<Future<Boolean>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int from = starts[t];
                    int to = starts[t + 1];
                    int row0 = firstRow[t];
                    done.add(pool.submit(() -> parse(buf, from, to, row0, rows, cols, flat, labels)));
                }
                for (Future<Boolean> f : done) {
                    if (!f.get()) {
                        return null;
                    }
                }
                for (int r = 0; r < rows; r++) {
                    g.rows.add(labels[r]);
                    g.lines.add(r + 2);
                }
                g.values = flat;
                return g;
            } catch (java.util.concurrent.ExecutionException e) {
                return null; // anything unexpected: the sequential reader decides
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Parses lines [from, to) as rows row0…; false to give up. Lines are copied a window at a time. */
    private static boolean parse(MappedByteBuffer buf, int from, int to, int row0, int rows, int cols, double[] flat,
            String[] labels) {
        char[] num = new char[64];
        byte[] w = new byte[Math.max(1 << 20, Math.min(1 << 26, cols * 64))];
        int wStart = from;
        int wLen = 0;
        int p = from;
        int r = row0;
        try {
            while (p < to) {
                // the line [p, e) must be in the window
                int e = indexOf(w, p - wStart, wLen, (byte) '\n');
                if (e < 0) {
                    wStart = p;
                    wLen = Math.min(w.length, to - p);
                    buf.get(p, w, 0, wLen);
                    e = indexOf(w, 0, wLen, (byte) '\n');
                    if (e < 0) {
                        throw new GiveUp(); // a line longer than the window
                    }
                }
                int i = p - wStart;
                int lineEnd = e; // index of '\n' in w
                if (lineEnd > i && w[lineEnd - 1] == '\r') {
                    lineEnd--;
                }
                // the label: plain or simply quoted printable ASCII
                boolean quoted = w[i] == '"';
                int ls = quoted ? i + 1 : i;
                int le = ls;
                while (le < lineEnd && w[le] != (quoted ? '"' : ',')) {
                    byte b = w[le];
                    if (b < 0x20 || b > 0x7e || b == '"' || b == ',') {
                        throw new GiveUp();
                    }
                    le++;
                }
                i = quoted ? le + 1 : le;
                if (i >= lineEnd || w[i] != ',') {
                    throw new GiveUp();
                }
                String label = new String(w, ls, le - ls, java.nio.charset.StandardCharsets.ISO_8859_1).strip();
                if (label.isEmpty()) {
                    throw new GiveUp();
                }
                labels[r] = label;
                for (int c = 0; c < cols; c++) {
                    i++; // past the comma
                    boolean q = i < lineEnd && w[i] == '"';
                    if (q) {
                        i++;
                    }
                    int n = 0;
                    while (i < lineEnd) {
                        byte b = w[i];
                        if (b >= '0' && b <= '9' || b == '.' || b == '-' || b == '+' || b == 'e' || b == 'E') {
                            if (n == num.length) {
                                throw new GiveUp();
                            }
                            num[n++] = (char) b;
                            i++;
                        } else {
                            break;
                        }
                    }
                    if (q) {
                        if (i >= lineEnd || w[i] != '"') {
                            throw new GiveUp();
                        }
                        i++;
                    }
                    if (n == 0 || (c == cols - 1 ? i != lineEnd : i >= lineEnd || w[i] != ',')) {
                        throw new GiveUp();
                    }
                    try {
                        flat[c * rows + r] = NumberSyntax.parse(num, 0, n);
                    } catch (NumberFormatException ex) {
                        throw new GiveUp();
                    }
                }
                r++;
                p = wStart + e + 1;
            }
        } catch (GiveUp | IndexOutOfBoundsException ex) {
            return false;
        }
        return true;
    }

    private static int indexOf(byte[] a, int from, int to, byte b) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
