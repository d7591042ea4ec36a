package org.gvc4j.stats.formula;

import java.util.ArrayList;
import java.util.List;

/** Splits a formula into tokens; every token keeps its offset for error messages. */
final class Lexer {
    enum Kind { IDENT, NUMBER, STRING, OP, END }

    record Token(Kind kind, String text, int pos) {
        boolean is(String op) {
            return kind == Kind.OP && text.equals(op);
        }

        String describe() {
            return kind == Kind.END ? "the end of the formula" : "'" + text + "'";
        }
    }

    private Lexer() {
    }

    static List<Token> tokens(String f) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = f.length();
        while (i < n) {
            char c = f.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'') {
                int end = f.indexOf(c, i + 1);
                if (end < 0) {
                    throw new FormulaException(f, i, "unclosed quote " + c);
                }
                out.add(new Token(Kind.STRING, f.substring(i + 1, end), i));
                i = end + 1;
            } else if (c == '`') {
                int end = f.indexOf('`', i + 1);
                if (end < 0) {
                    throw new FormulaException(f, i, "unclosed backquote");
                }
                if (end == i + 1) {
                    throw new FormulaException(f, i, "empty backquoted name");
                }
                out.add(new Token(Kind.IDENT, f.substring(i + 1, end), i));
                i = end + 1;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(f.charAt(i + 1)))) {
                int s = i;
                while (i < n && (Character.isDigit(f.charAt(i)) || f.charAt(i) == '.')) {
                    i++;
                }
                if (i < n && (f.charAt(i) == 'e' || f.charAt(i) == 'E')) {
                    int save = i;
                    i++;
                    if (i < n && (f.charAt(i) == '+' || f.charAt(i) == '-')) {
                        i++;
                    }
                    if (i < n && Character.isDigit(f.charAt(i))) {
                        while (i < n && Character.isDigit(f.charAt(i))) {
                            i++;
                        }
                    } else {
                        i = save;
                    }
                }
                String text = f.substring(s, i);
                try {
                    Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new FormulaException(f, s, "malformed number '" + text + "'");
                }
                if (i < n && (Character.isLetter(f.charAt(i)) || f.charAt(i) == '_')) {
                    throw new FormulaException(f, s, "a name cannot start with a digit: quote it with backquotes, `"
                            + text + f.charAt(i) + "...`");
                }
                out.add(new Token(Kind.NUMBER, text, s));
            } else if (Character.isLetter(c) || c == '.' || c == '_') {
                int s = i;
                while (i < n && (Character.isLetterOrDigit(f.charAt(i)) || f.charAt(i) == '.' || f.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token(Kind.IDENT, f.substring(s, i), s));
            } else if ("~+-*/^:(),|=".indexOf(c) >= 0) {
                out.add(new Token(Kind.OP, String.valueOf(c), i));
                i++;
            } else if (c == '[' || c == ']') {
                throw new FormulaException(f, i, "varying slopes ('fe[x]') are not supported");
            } else if (c == '%') {
                throw new FormulaException(f, i, "operators like %in% are not supported");
            } else {
                throw new FormulaException(f, i, "unexpected character '" + org.gvc4j.source.NumberSyntax.printable(
                        String.valueOf(c)) + "'" + (c > 0x7f ? String.format(java.util.Locale.ROOT, " (U+%04X)", (int) c)
                        : "") + "; names with other characters go in backquotes, `like this`");
            }
        }
        out.add(new Token(Kind.END, "", n));
        return out;
    }
}
