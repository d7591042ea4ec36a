package org.gvc4j.stats.formula;

import java.util.List;

/**
 * A parsed expression of a formula: a column, a number, a function call, an operator or a parenthesised group.
 * {@link #pos()} is the 0-based offset in the formula text, for error messages.
 */
public sealed interface Expr permits Expr.Var, Expr.Num, Expr.Str, Expr.Call, Expr.Binary, Expr.Unary, Expr.Paren {
    int pos();

    /**
     * The value of an expression made only of numbers, signs, parentheses and {@code + - * / ^}; NaN for anything
     * else (a column, a call, a text, {@code :}).
     */
    static double constantValue(Expr e) {
        if (e instanceof Num nu) {
            return nu.value();
        }
        if (e instanceof Unary u) {
            return u.op() == '-' ? -constantValue(u.operand()) : constantValue(u.operand());
        }
        if (e instanceof Paren pa) {
            return constantValue(pa.inner());
        }
        if (e instanceof Binary b) {
            double l = constantValue(b.left());
            double r = constantValue(b.right());
            return switch (b.op()) {
                case '+' -> l + r;
                case '-' -> l - r;
                case '*' -> l * r;
                case '/' -> l / r;
                case '^' -> Math.pow(l, r);
                default -> Double.NaN;
            };
        }
        return Double.NaN;
    }

    /** A column name ({@code dist}, or {@code `GVC share`} written with backquotes). */
    record Var(String name, int pos) implements Expr {
    }

    /** A numeric literal; {@code text} as written. */
    record Num(double value, String text, int pos) implements Expr {
    }

    /** A quoted text value (only as an argument, e.g. {@code i(region, ref = "Europe")}). */
    record Str(String value, int pos) implements Expr {
    }

    /** A function call; {@code argNames} has {@code null} for positional arguments. */
    record Call(String function, List<Expr> args, List<String> argNames, int pos) implements Expr {
    }

    /** A binary operator: one of {@code + - * / ^ :}. */
    record Binary(char op, Expr left, Expr right, int pos) implements Expr {
    }

    /** A unary {@code -} or {@code +}. */
    record Unary(char op, Expr operand, int pos) implements Expr {
    }

    /** An expression in parentheses. */
    record Paren(Expr inner, int pos) implements Expr {
    }
}
