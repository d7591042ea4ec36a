package org.gvc4j.stats.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Close matches for a misspelt column name: edit distance ≤ 2, or equal ignoring case. */
public final class Names {
    private Names() {
    }

    public static List<String> closeMatches(String name, List<String> candidates) {
        List<String> out = new ArrayList<>();
        String low = name.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            if (c.toLowerCase(Locale.ROOT).equals(low)) {
                out.add(c);
            }
        }
        for (int d = 1; d <= 2; d++) {
            for (String c : candidates) {
                if (!out.contains(c) && distance(name, c) == d) {
                    out.add(c);
                }
            }
        }
        return out.size() > 6 ? out.subList(0, 6) : out;
    }

    /** "unknown column 'dsit' (in the RHS). Did you mean: dist?" and so on. */
    public static String unknown(String name, String where, List<String> candidates) {
        List<String> m = closeMatches(name, candidates);
        String s = "unknown column '" + org.gvc4j.source.NumberSyntax.printable(name) + "'" + (where == null ? "" : " (in the " + where + ")");
        if (!m.isEmpty()) {
            return s + ". Did you mean: " + String.join(", ", m) + "?";
        }
        List<String> all = candidates.size() > 20 ? candidates.subList(0, 20) : candidates;
        return s + ". Columns: " + String.join(", ", all) + (candidates.size() > 20 ? ", ..." : "");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
