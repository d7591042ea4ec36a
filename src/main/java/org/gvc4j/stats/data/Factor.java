package org.gvc4j.stats.data;

/**
 * An integer-coded categorical column: {@code codes[i]} in {@code 0..levels-1}, or −1 where the value is missing.
 * Codes are assigned in order of first appearance.
 */
public record Factor(String name, int[] codes, int levels) {
    /** Dense codes for arbitrary long keys (−1 stays missing), in order of first appearance. */
    public static Factor fromKeys(String name, long[] keys, boolean[] missing) {
        int n = keys.length;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (missing == null || !missing[i]) {
                min = Math.min(min, keys[i]);
                max = Math.max(max, keys[i]);
            }
        }
        if (min <= max && max - min < Math.max(1024L, 4L * n) && max - min < (1L << 27)) {
            return dense(name, keys, missing, min, (int) (max - min + 1));
        }
        int[] codes = new int[n];
        LongIntHash map = new LongIntHash(1024);
        for (int i = 0; i < n; i++) {
            if (missing != null && missing[i]) {
                codes[i] = -1;
            } else {
                codes[i] = map.putIfAbsent(keys[i], map.size());
            }
        }
        return new Factor(name, codes, map.size());
    }

    /** Keys in a small range: a direct lookup table instead of hashing (same codes, first-appearance order). */
    private static Factor dense(String name, long[] keys, boolean[] missing, long min, int range) {
        int n = keys.length;
        int[] map = new int[range];
        java.util.Arrays.fill(map, -1);
        int[] codes = new int[n];
        int g = 0;
        for (int i = 0; i < n; i++) {
            if (missing != null && missing[i]) {
                codes[i] = -1;
                continue;
            }
            int k = (int) (keys[i] - min);
            int c = map[k];
            if (c < 0) {
                c = g++;
                map[k] = c;
            }
            codes[i] = c;
        }
        return new Factor(name, codes, g);
    }

    /** The combination {@code a^b}: one level per observed pair, in order of first appearance. */
    public static Factor combine(String name, Factor a, Factor b) {
        int n = a.codes.length;
        if ((long) a.levels * b.levels < Math.max(1024L, 4L * n) && (long) a.levels * b.levels < (1L << 27)) {
            int[] ca = a.codes;
            int[] cb = b.codes;
            int gb = b.levels;
            int[] map = new int[a.levels * b.levels];
            java.util.Arrays.fill(map, -1);
            int[] codes = new int[n];
            int g = 0;
            for (int i = 0; i < n; i++) {
                if (ca[i] < 0 || cb[i] < 0) {
                    codes[i] = -1;
                    continue;
                }
                int k = ca[i] * gb + cb[i];
                int c = map[k];
                if (c < 0) {
                    c = g++;
                    map[k] = c;
                }
                codes[i] = c;
            }
            return new Factor(name, codes, g);
        }
        int[] codes = new int[n];
        LongIntHash map = new LongIntHash(1024);
        long gb = b.levels;
        int[] ca = a.codes;
        int[] cb = b.codes;
        for (int i = 0; i < n; i++) {
            if (ca[i] < 0 || cb[i] < 0) {
                codes[i] = -1;
            } else {
                codes[i] = map.putIfAbsent(ca[i] * gb + cb[i], map.size());
            }
        }
        return new Factor(name, codes, map.size());
    }

    /** Re-codes densely (0..G'-1, in order of first appearance) the observations {@code rows}. */
    public Factor subset(int[] rows) {
        int[] out = new int[rows.length];
        int[] map = new int[levels];
        java.util.Arrays.fill(map, -1);
        int g = 0;
        for (int k = 0; k < rows.length; k++) {
            int c = codes[rows[k]];
            if (c < 0) {
                out[k] = -1;
                continue;
            }
            int m = map[c];
            if (m < 0) {
                m = g++;
                map[c] = m;
            }
            out[k] = m;
        }
        return new Factor(name, out, g);
    }
}
