package org.gvc4j.stats.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * fixest's multiple estimation in the formula: {@code sw(a, b)} (one model per argument), {@code sw0} (the model
 * without them first), {@code csw(a, b, c)} (cumulative: a; a + b; a + b + c) and {@code csw0} (none first), at most one
 * in the regressors and one in the fixed effects. An argument may be a sum. The formula texts come out in fixest's
 * order: the fixed-effect set outer, the regressor set inner.
 */
public final class Stepwise {
    private static final Set<String> NAMES = Set.of("sw", "sw0", "csw", "csw0");

    private Stepwise() {
    }

    /** The formulas a text stands for: itself when it has no stepwise call. */
    public static List<String> expand(String text) {
        if (text == null) {
            return List.of("");
        }
        List<int[]> bars = topLevel(text, '|');
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int[] b : bars) {
            parts.add(text.substring(from, b[0]));
            from = b[0] + 1;
        }
        parts.add(text.substring(from));
        // part 0: "y ~ rhs"; part 1: the fixed effects unless it holds '~' (IV without FE)
        int tilde = topLevelIndex(parts.get(0), '~');
        if (tilde < 0) {
            return List.of(text);
        }
        String lhs = parts.get(0).substring(0, tilde + 1);
        List<String> rhsVariants = variants(text, parts.get(0).substring(tilde + 1), tilde + 1, false);
        boolean hasFe = parts.size() > 1 && topLevelIndex(parts.get(1), '~') < 0;
        int feOffset = parts.get(0).length() + 1;
        List<String> feVariants = hasFe ? variants(text, parts.get(1), feOffset, true) : java.util.Collections
                .singletonList(null);
        if (rhsVariants.size() == 1 && feVariants.size() == 1) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>();
        for (String fe : feVariants) {
            for (String rhs : rhsVariants) {
                StringBuilder sb = new StringBuilder(lhs).append(rhs);
                if (fe != null && !fe.isBlank()) {
                    sb.append(" |").append(fe);
                }
                for (int p = hasFe ? 2 : 1; p < parts.size(); p++) {
                    sb.append(" |").append(parts.get(p));
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    /** The variants of one part (the text after '~', or the fixed effects). */
    private static List<String> variants(String full, String part, int offset, boolean fe) {
        int[] call = find(full, part, offset);
        if (call == null) {
            return List.of(part);
        }
        int start = call[0] - offset;
        int open = call[1] - offset;
        int close = call[2] - offset;
        String name = part.substring(start, open).strip();
        List<String> args = new ArrayList<>();
        int from = open + 1;
        String inner = part.substring(open + 1, close);
        for (int[] c : topLevel(inner, ',')) {
            args.add(part.substring(from, open + 1 + c[0]).strip());
            from = open + 1 + c[0] + 1;
        }
        args.add(part.substring(from, close).strip());
        for (String a : args) {
            if (a.isEmpty()) {
                throw new FormulaException(full, call[1], "`" + name + "()`: an empty argument");
            }
        }
        String rest = part.substring(close + 1);
        if (find(full, rest, offset + close + 1) != null) {
            throw new FormulaException(full, offset + close + 1, "only one sw()/csw() per part of the formula");
        }
        List<String> reps = new ArrayList<>();
        if (name.endsWith("0")) {
            reps.add("");
        }
        boolean cumulative = name.startsWith("c");
        for (int i = 0; i < args.size(); i++) {
            reps.add(cumulative ? String.join(" + ", args.subList(0, i + 1)) : args.get(i));
        }
        List<String> out = new ArrayList<>();
        String before = part.substring(0, start);
        for (String r : reps) {
            String v;
            if (!r.isEmpty()) {
                v = before + "(" + r + ")" + rest;
                if (fe || r.indexOf('+') < 0) {
                    v = before + r + rest;
                }
            } else {
                String b = before.stripTrailing();
                String a = rest.stripLeading();
                if (b.endsWith("+")) {
                    b = b.substring(0, b.length() - 1);
                } else if (a.startsWith("+")) {
                    a = a.substring(1);
                }
                v = b + " " + a;
                if (v.isBlank()) {
                    v = fe ? "" : " 1";
                }
            }
            out.add(v.isBlank() ? v : " " + v.strip() + " ");
        }
        return out;
    }

    /** The first stepwise call in {@code part}: {start, '(' , ')'} offsets in the full text, or null. */
    private static int[] find(String full, String part, int offset) {
        int depth = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '`' || c == '"' || c == '\'') {
                int e = part.indexOf(c, i + 1);
                i = e < 0 ? part.length() : e;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (Character.isLetter(c) && (i == 0 || !ident(part.charAt(i - 1)))) {
                int j = i;
                while (j < part.length() && ident(part.charAt(j))) {
                    j++;
                }
                String w = part.substring(i, j);
                int k = j;
                while (k < part.length() && Character.isWhitespace(part.charAt(k))) {
                    k++;
                }
                if (NAMES.contains(w) && k < part.length() && part.charAt(k) == '(') {
                    if (depth > 0) {
                        throw new FormulaException(full, offset + i, "`" + w + "()` must be at the top of the "
                                + "regressors or of the fixed effects, not inside another term");
                    }
                    int d = 0;
                    for (int m = k; m < part.length(); m++) {
                        char x = part.charAt(m);
                        if (x == '(') {
                            d++;
                        } else if (x == ')' && --d == 0) {
                            return new int[] {offset + i, offset + k, offset + m};
                        }
                    }
                    throw new FormulaException(full, offset + k, "expected ')' to close `" + w + "(`");
                }
                i = j - 1;
            }
        }
        return null;
    }

    private static boolean ident(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_';
    }

    private static int topLevelIndex(String s, char ch) {
        List<int[]> l = topLevel(s, ch);
        return l.isEmpty() ? -1 : l.get(0)[0];
    }

    /** Offsets of {@code ch} outside parentheses, quotes and backquotes. */
    private static List<int[]> topLevel(String s, char ch) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '`' || c == '"' || c == '\'') {
                int e = s.indexOf(c, i + 1);
                i = e < 0 ? s.length() : e;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ch && depth == 0) {
                out.add(new int[] {i});
            }
        }
        return out;
    }
}
