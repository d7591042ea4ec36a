package org.gvc4j.stats.data;

import java.util.List;
import org.gvc4j.stats.formula.Expr;

/** Evaluates a formula expression over all rows of a {@link ColumnSource}; non-finite results mark missing rows. */
public final class Evaluator {
    private final ColumnSource src;
    private final Panel panel;

    public Evaluator(ColumnSource src) {
        this(src, null);
    }

    /** With a panel for l(), f() and d(). */
    public Evaluator(ColumnSource src, Panel panel) {
        this.src = src;
        this.panel = panel;
    }

    /** The lag k of a panel operator: its second argument (default 1), a whole number. */
    public static long lagOf(Expr.Call c) {
        if (c.args().size() < 2) {
            return 1;
        }
        double k = Expr.constantValue(c.args().get(1));
        if (Double.isNaN(k)) {
            throw new IllegalStateException("not a whole-number constant: " + c.args().get(1));
        }
        return (long) k;
    }

    /** The values of {@code e}; a fresh array unless {@code e} is a bare column (then the source's array, read-only). */
    public double[] eval(Expr e) {
        int n = src.rowCount();
        if (e instanceof Expr.Var v) {
            return src.numeric(v.name());
        }
        if (e instanceof Expr.Num num) {
            double[] out = new double[n];
            java.util.Arrays.fill(out, num.value());
            return out;
        }
        if (e instanceof Expr.Paren p) {
            return eval(p.inner());
        }
        if (e instanceof Expr.Str st) {
            throw new IllegalStateException("text value " + st.value() + " evaluated as a number");
        }
        if (e instanceof Expr.Unary u) {
            double[] a = eval(u.operand());
            if (u.op() == '+') {
                return a;
            }
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = -a[i];
            }
            return out;
        }
        if (e instanceof Expr.Binary b) {
            double[] l = eval(b.left());
            double[] r = eval(b.right());
            double[] out = new double[n];
            switch (b.op()) {
                case '+' -> { for (int i = 0; i < n; i++) { out[i] = l[i] + r[i]; } }
                case '-' -> { for (int i = 0; i < n; i++) { out[i] = l[i] - r[i]; } }
                case '*', ':' -> { for (int i = 0; i < n; i++) { out[i] = l[i] * r[i]; } }
                case '/' -> { for (int i = 0; i < n; i++) { out[i] = l[i] / r[i]; } }
                case '^' -> { for (int i = 0; i < n; i++) { out[i] = Math.pow(l[i], r[i]); } }
                default -> throw new IllegalStateException("operator " + b.op());
            }
            return out;
        }
        Expr.Call c = (Expr.Call) e;
        if (c.function().equals("l") || c.function().equals("f") || c.function().equals("d")) {
            if (panel == null) {
                throw new IllegalStateException(c.function() + "() without a panel");
            }
            double[] x = eval(c.args().get(0));
            long k = lagOf(c);
            if (c.function().equals("l")) {
                return panel.lag(x, k);
            }
            if (c.function().equals("f")) {
                return panel.lag(x, -k);
            }
            double[] lagged = panel.lag(x, k);
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = x[i] - lagged[i];
            }
            return out;
        }
        double[] a = eval(c.args().get(0));
        double[] out = new double[n];
        switch (c.function()) {
            case "log" -> {
                double div = c.args().size() == 2 ? Math.log(eval(c.args().get(1))[0]) : 1.0;
                for (int i = 0; i < n; i++) {
                    out[i] = Math.log(a[i]) / div;
                }
            }
            case "log10" -> { for (int i = 0; i < n; i++) { out[i] = Math.log10(a[i]); } }
            case "log2" -> { for (int i = 0; i < n; i++) { out[i] = Math.log(a[i]) / Math.log(2); } }
            case "log1p" -> { for (int i = 0; i < n; i++) { out[i] = Math.log1p(a[i]); } }
            case "exp" -> { for (int i = 0; i < n; i++) { out[i] = Math.exp(a[i]); } }
            case "sqrt" -> { for (int i = 0; i < n; i++) { out[i] = Math.sqrt(a[i]); } }
            case "abs" -> { for (int i = 0; i < n; i++) { out[i] = Math.abs(a[i]); } }
            case "I" -> System.arraycopy(a, 0, out, 0, n);
            default -> throw new IllegalStateException("function " + c.function());
        }
        return out;
    }

    /** The product of the factors of an interaction term (a fresh array). */
    public double[] product(List<Expr> factors) {
        double[] out = eval(factors.get(0));
        if (factors.size() == 1) {
            return out;
        }
        out = out.clone();
        for (int f = 1; f < factors.size(); f++) {
            double[] b = eval(factors.get(f));
            for (int i = 0; i < out.length; i++) {
                out[i] *= b[i];
            }
        }
        return out;
    }
}
