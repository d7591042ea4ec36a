package org.gvc4j.stats.formula;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Term names exactly as R deparses them (and so as fixest prints them): spaces around binary {@code + - *} and
 * {@code =}, none around {@code / ^ :}, none after a unary minus, {@code ", "} between arguments, numbers with at most
 * 15 significant digits in the shorter of fixed and scientific notation, non-syntactic names in backquotes.
 */
public final class Deparse {
    private static final Pattern SYNTACTIC = Pattern.compile("([A-Za-z]|[.](?![0-9]))[A-Za-z0-9._]*|[.]");
    private static final Set<String> RESERVED = Set.of("if", "else", "repeat", "while", "function", "for", "next",
            "break", "TRUE", "FALSE", "NULL", "Inf", "NaN", "NA", "NA_integer_", "NA_real_", "NA_character_", "in");

    private Deparse() {
    }

    public static String of(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(e, sb);
        return sb.toString();
    }

    /** A column name as R prints it: bare when syntactic, otherwise in backquotes. */
    public static String name(String name) {
        return SYNTACTIC.matcher(name).matches() && !RESERVED.contains(name) ? name : "`" + name + "`";
    }

    private static void write(Expr e, StringBuilder sb) {
        if (e instanceof Expr.Var v) {
            sb.append(name(v.name()));
        } else if (e instanceof Expr.Num n) {
            sb.append(number(n.value()));
        } else if (e instanceof Expr.Str st) {
            sb.append('"').append(st.value().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (e instanceof Expr.Call c) {
            sb.append(c.function()).append('(');
            for (int i = 0; i < c.args().size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                if (c.argNames().get(i) != null) {
                    sb.append(c.argNames().get(i)).append(" = ");
                }
                write(c.args().get(i), sb);
            }
            sb.append(')');
        } else if (e instanceof Expr.Binary b) {
            write(b.left(), sb);
            boolean spaced = b.op() == '+' || b.op() == '-' || b.op() == '*';
            sb.append(spaced ? " " + b.op() + " " : String.valueOf(b.op()));
            write(b.right(), sb);
        } else if (e instanceof Expr.Unary u) {
            sb.append(u.op());
            write(u.operand(), sb);
        } else if (e instanceof Expr.Paren p) {
            sb.append('(');
            write(p.inner(), sb);
            sb.append(')');
        }
    }

    /** A number as R's {@code deparse} writes it (15 significant digits, fixed unless scientific is shorter). */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(15)).stripTrailingZeros();
        String fixed = d.toPlainString();
        String digits = d.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - d.scale();
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String sci = (d.signum() < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+")
                + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        return fixed.length() <= sci.length() ? fixed : sci;
    }
}
