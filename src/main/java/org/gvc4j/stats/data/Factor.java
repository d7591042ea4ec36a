package org.gvc4j.stats.data;

/**
 * An integer-coded categorical column: {@code codes[i]} in {@code 0..levels-1}, or −1 where the value is missing.
 * Codes are assigned in order of first appearance.
 */
public record Factor(String name, int[] codes, int levels) {
    /** Dense codes for arbitrary long keys (−1 stays missing), in order of first appearance. */
    public static Factor fromKeys(String name, long[] keys, boolean[] missing) {
        int n = keys.length;
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

    /** The combination {@code a^b}: one level per observed pair, in order of first appearance. */
    public static Factor combine(String name, Factor a, Factor b) {
        int n = a.codes.length;
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
