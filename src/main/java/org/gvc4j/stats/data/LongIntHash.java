package org.gvc4j.stats.data;

import java.util.Arrays;

/** An open-addressing {@code long → int} map without boxing, for coding factors of millions of rows. */
final class LongIntHash {
    private long[] keys;
    private int[] vals;
    private boolean[] used;
    private int size;
    private int mask;

    LongIntHash(int capacity) {
        int cap = Integer.highestOneBit(Math.max(16, capacity) * 2 - 1);
        alloc(cap);
    }

    private void alloc(int cap) {
        keys = new long[cap];
        vals = new int[cap];
        used = new boolean[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 43));
    }

    /** The value of {@code key}, or −1 when absent. */
    int get(long key) {
        int i = mix(key) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                return vals[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** The value of {@code key}, inserting {@code value} first if the key is new. */
    int putIfAbsent(long key, int value) {
        int i = mix(key) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                return vals[i];
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = key;
        vals[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return value;
    }

    private void grow() {
        long[] k = keys;
        int[] v = vals;
        boolean[] u = used;
        alloc(keys.length * 2);
        for (int i = 0; i < k.length; i++) {
            if (u[i]) {
                int j = mix(k[i]) & mask;
                while (used[j]) {
                    j = (j + 1) & mask;
                }
                used[j] = true;
                keys[j] = k[i];
                vals[j] = v[i];
            }
        }
        Arrays.fill(u, false);
    }
}
