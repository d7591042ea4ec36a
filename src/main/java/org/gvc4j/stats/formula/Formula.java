package org.gvc4j.stats.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A parsed estimation formula in fixest syntax: {@code y ~ x1 + log(x2) + a:b | fe1 + fe2^fe3}.
 *
 * <p>The regressors are R's {@code terms()}: main effects in written order, then interactions by degree; {@code a*b}
 * is {@code a + b + a:b}; {@code -1} or {@code +0} removes the intercept (models without fixed effects only). Term
 * names are R's deparse of the term ({@code log(dist)}, {@code log(dist + 1)}, {@code rta:cntg}), the names fixest
 * prints. Supported functions: {@code log} (with {@code base = }), {@code log10}, {@code log2}, {@code log1p},
 * {@code exp}, {@code sqrt}, {@code abs}, {@code I}; inside a call, arithmetic with {@code + - * / ^}.
 */
public final class Formula {
    /** One regressor: its R name and its factors (one for a main effect, several for an interaction). */
    public record Term(String name, List<Expr> factors, int pos) {
        public int degree() {
            return factors.size();
        }
    }

    /** One absorbed fixed effect: its name as written ({@code exporter^year}) and its component columns. */
    public record FixedEffect(String name, List<String> columns, int pos) {
    }

    /** A column referenced by the formula, with the part it appears in ({@code LHS}, {@code RHS}, {@code FE}). */
    public record ColumnRef(String name, String part, int pos) {
    }

    private final String text;
    private final Expr lhs;
    private final List<Term> terms;
    private final boolean intercept;
    private final List<FixedEffect> fixedEffects;

    private final List<Term> endogenous;
    private final List<Term> instruments;

    Formula(String text, Expr lhs, List<Term> terms, boolean intercept, List<FixedEffect> fixedEffects) {
        this(text, lhs, terms, intercept, fixedEffects, List.of(), List.of());
    }

    Formula(String text, Expr lhs, List<Term> terms, boolean intercept, List<FixedEffect> fixedEffects,
            List<Term> endogenous, List<Term> instruments) {
        this.endogenous = List.copyOf(endogenous);
        this.instruments = List.copyOf(instruments);
        this.text = text;
        this.lhs = lhs;
        this.terms = List.copyOf(terms);
        this.intercept = intercept;
        this.fixedEffects = List.copyOf(fixedEffects);
    }

    /**
     * Parses a formula.
     *
     * @throws FormulaException on a syntax error (with the column and a caret) or an unsupported construct
     */
    public static Formula parse(String text) {
        return Parser.parse(text);
    }

    public String getText() {
        return text;
    }

    public Expr getLhs() {
        return lhs;
    }

    /** The outcome's name, deparsed ({@code log(trade)}). */
    public String getLhsName() {
        return Deparse.of(lhs);
    }

    /** The regressors in R's order, without the intercept. */
    public List<Term> getTerms() {
        return terms;
    }

    /** Whether an {@code (Intercept)} is estimated: only without fixed effects, unless removed with -1 / +0. */
    public boolean hasIntercept() {
        return intercept && fixedEffects.isEmpty();
    }

    /** IV: the endogenous regressors ({@code y ~ x | fe | endo ~ inst}); empty without IV. */
    public List<Term> getEndogenous() {
        return endogenous;
    }

    /** IV: the excluded instruments; empty without IV. */
    public List<Term> getInstruments() {
        return instruments;
    }

    public List<FixedEffect> getFixedEffects() {
        return fixedEffects;
    }

    /** Every column the formula uses, in order of appearance, tagged with its part. */
    public List<ColumnRef> getColumns() {
        List<ColumnRef> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        collect(lhs, "LHS", out, seen);
        for (Term t : terms) {
            for (Expr f : t.factors()) {
                collect(f, "RHS", out, seen);
            }
        }
        for (Term t : endogenous) {
            for (Expr f : t.factors()) {
                collect(f, "RHS", out, seen);
            }
        }
        for (Term t : instruments) {
            for (Expr f : t.factors()) {
                collect(f, "RHS", out, seen);
            }
        }
        for (FixedEffect fe : fixedEffects) {
            for (String c : fe.columns()) {
                if (seen.add("FE/" + c)) {
                    out.add(new ColumnRef(c, "FE", fe.pos()));
                }
            }
        }
        return out;
    }

    private static void collect(Expr e, String part, List<ColumnRef> out, Set<String> seen) {
        if (e instanceof Expr.Var v) {
            if (seen.add(part + "/" + v.name())) {
                out.add(new ColumnRef(v.name(), part, v.pos()));
            }
        } else if (e instanceof Expr.Call c) {
            if ((c.function().equals("i") || c.function().equals("factor")) && c.args().get(0) instanceof Expr.Var v) {
                // the factor of i() may be text: checked like a fixed effect
                if (seen.add("FACTOR/" + v.name())) {
                    out.add(new ColumnRef(v.name(), "FACTOR", v.pos()));
                }
                for (int a = 1; a < c.args().size(); a++) {
                    if (c.argNames().get(a) == null) {
                        collect(c.args().get(a), part, out, seen);
                    }
                }
                return;
            }
            for (Expr a : c.args()) {
                collect(a, part, out, seen);
            }
        } else if (e instanceof Expr.Binary b) {
            collect(b.left(), part, out, seen);
            collect(b.right(), part, out, seen);
        } else if (e instanceof Expr.Unary u) {
            collect(u.operand(), part, out, seen);
        } else if (e instanceof Expr.Paren p) {
            collect(p.inner(), part, out, seen);
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(getLhsName()).append(" ~ ");
        List<String> names = new ArrayList<>();
        for (Term t : terms) {
            names.add(t.name());
        }
        if (names.isEmpty()) {
            names.add(intercept ? "1" : "0");
        }
        sb.append(String.join(" + ", names));
        if (!fixedEffects.isEmpty()) {
            sb.append(" | ");
            List<String> fes = new ArrayList<>();
            for (FixedEffect fe : fixedEffects) {
                fes.add(fe.name());
            }
            sb.append(String.join(" + ", fes));
        }
        if (!endogenous.isEmpty()) {
            sb.append(" | ").append(String.join(" + ", endogenous.stream().map(Term::name).toList())).append(" ~ ")
                    .append(String.join(" + ", instruments.stream().map(Term::name).toList()));
        }
        return sb.toString();
    }
}
