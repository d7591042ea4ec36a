package org.gvc4j.deals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words the rules' patterns need (each phrase's longest word, the gates' strings), found in a sentence in one pass
 * (Aho–Corasick over the lower-cased sentence). A pattern runs only when its word is present, so the cost of coding a
 * sentence hardly grows with the size of the lexicons.
 */
final class Anchors {
    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private int[][] ascii = new int[0][];
    private List<Map<Character, Integer>> other = List.of();
    private int[] fail = new int[0];
    private int[][] out = new int[0][];
    private boolean built;

    /** The id of a string to look for (registering it); only before {@link #build()}. */
    int id(String lower) {
        if (built) {
            throw new IllegalStateException("anchors already built");
        }
        return ids.computeIfAbsent(lower, k -> ids.size());
    }

    /** Builds the automaton. */
    void build() {
        List<int[]> asc = new ArrayList<>();
        List<Map<Character, Integer>> oth = new ArrayList<>();
        List<List<Integer>> outs = new ArrayList<>();
        asc.add(newRow());
        oth.add(new HashMap<>());
        outs.add(new ArrayList<>());
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            int s = 0;
            for (char c : e.getKey().toCharArray()) {
                int nx = step(asc, oth, s, c);
                if (nx < 0) {
                    nx = asc.size();
                    asc.add(newRow());
                    oth.add(new HashMap<>());
                    outs.add(new ArrayList<>());
                    if (c < 128) {
                        asc.get(s)[c] = nx;
                    } else {
                        oth.get(s).put(c, nx);
                    }
                }
                s = nx;
            }
            outs.get(s).add(e.getValue());
        }
        int[] f = new int[asc.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < 128; c++) {
            int nx = asc.get(0)[c];
            if (nx > 0) {
                queue.add(nx);
            }
        }
        queue.addAll(oth.get(0).values());
        while (!queue.isEmpty()) {
            int s = queue.poll();
            List<int[]> children = new ArrayList<>();
            for (int c = 0; c < 128; c++) {
                if (asc.get(s)[c] > 0) {
                    children.add(new int[] {c, asc.get(s)[c]});
                }
            }
            for (Map.Entry<Character, Integer> e : oth.get(s).entrySet()) {
                children.add(new int[] {e.getKey(), e.getValue()});
            }
            for (int[] ch : children) {
                char c = (char) ch[0];
                int t = ch[1];
                int r = f[s];
                while (r > 0 && step(asc, oth, r, c) < 0) {
                    r = f[r];
                }
                int to = step(asc, oth, r, c);
                f[t] = to >= 0 && to != t ? to : 0;
                outs.get(t).addAll(outs.get(f[t]));
                queue.add(t);
            }
        }
        ascii = asc.toArray(new int[0][]);
        other = oth;
        fail = f;
        out = new int[outs.size()][];
        for (int i = 0; i < outs.size(); i++) {
            out[i] = outs.get(i).stream().mapToInt(Integer::intValue).distinct().toArray();
        }
        built = true;
    }

    private static int[] newRow() {
        int[] r = new int[128];
        java.util.Arrays.fill(r, -1);
        return r;
    }

    private static int step(List<int[]> asc, List<Map<Character, Integer>> oth, int s, char c) {
        if (c < 128) {
            return asc.get(s)[c];
        }
        return oth.get(s).getOrDefault(c, -1);
    }

    private int step(int s, char c) {
        if (c < 128) {
            return ascii[s][c];
        }
        return other.get(s).getOrDefault(c, -1);
    }

    /** The ids of the registered strings that occur in {@code lower}. */
    BitSet scan(String lower) {
        BitSet found = new BitSet(ids.size());
        int s = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int nx = step(s, c);
            while (nx < 0 && s > 0) {
                s = fail[s];
                nx = step(s, c);
            }
            s = Math.max(nx, 0);
            for (int id : out[s]) {
                found.set(id);
            }
        }
        return found;
    }
}
