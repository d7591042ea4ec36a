package org.gvc4j.stats.formula;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gvc4j.stats.formula.Lexer.Kind;
import org.gvc4j.stats.formula.Lexer.Token;

/** Recursive-descent parser for the fixest formula subset, then R's term expansion and ordering. */
final class Parser {
    static final Set<String> FUNCTIONS = Set.of("log", "log10", "log2", "log1p", "exp", "sqrt", "abs", "I", "i",
            "l", "f", "d", "factor");
    /** fixest's panel operators: lag, lead, difference (need a declared panel). */
    static final Set<String> PANEL = Set.of("l", "f", "d");
    /** fixest's special terms: one per regressor, never inside another function or an interaction. */
    static final Set<String> SPECIAL = Set.of("i", "factor");
    private static final Set<String> FIXEST_ONLY = Set.of("sw", "sw0", "csw", "csw0", "mvsw", "poly",
            "as.factor", "ns", "bs", "offset", "interact", "as.numeric", "ifelse");

    private final String text;
    private final List<Token> toks;
    private int p;

    private Parser(String text) {
        this.text = text;
        this.toks = Lexer.tokens(text);
    }

    /** Longest formula accepted, in characters. */
    static final int MAX_LENGTH = 10_000;
    /** Deepest nesting of parentheses, calls and signs accepted. */
    static final int MAX_DEPTH = 100;
    /** Most tokens (names, numbers, operators) accepted. */
    static final int MAX_TOKENS = 2_000;
    /** Most regressors the expansion of a formula may produce. */
    static final int MAX_TERMS = 1_000;

    private int depth;

    static Formula parse(String text) {
        if (text == null || text.isBlank()) {
            throw new FormulaException("the formula is empty; write it as 'y ~ x1 + x2 | fe1 + fe2'");
        }
        if (text.length() > MAX_LENGTH) {
            throw new FormulaException(String.format(java.util.Locale.ROOT, "the formula has %,d characters; at most "
                    + "%,d are accepted", text.length(), MAX_LENGTH));
        }
        Parser p = new Parser(text);
        int open = 0;
        for (Token t : p.toks) {
            open += t.is("(") ? 1 : t.is(")") ? -1 : 0;
            if (open > MAX_DEPTH) {
                throw p.tooDeep(t);
            }
        }
        if (p.toks.size() - 1 > MAX_TOKENS) {
            throw new FormulaException(text, p.toks.get(MAX_TOKENS).pos(), "the formula has " + (p.toks.size() - 1)
                    + " names, numbers and operators; at most " + MAX_TOKENS + " are accepted");
        }
        return p.formula();
    }

    /** Enters one level of nesting at {@code t}; refuses more than {@link #MAX_DEPTH}. */
    private void enter(Token t) {
        if (++depth > MAX_DEPTH) {
            throw tooDeep(t);
        }
    }

    private FormulaException tooDeep(Token t) {
        return error(t, "the formula is nested too deeply (more than " + MAX_DEPTH + " levels of parentheses, "
                + "function calls or signs)");
    }

    private Token peek() {
        return toks.get(p);
    }

    private Token next() {
        return toks.get(p++);
    }

    private FormulaException error(Token t, String msg) {
        return new FormulaException(text, t.pos(), msg);
    }

    private Formula formula() {
        int tilde = -1;
        int ivTilde = -1;
        int depth0 = 0;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            depth0 += t.is("(") ? 1 : t.is(")") ? -1 : 0;
            if (t.is("~")) {
                if (ivTilde >= 0) {
                    throw error(t, "a third '~': write 'y ~ x | fe | endo ~ instruments'");
                }
                if (tilde >= 0) {
                    ivTilde = i;
                } else {
                    tilde = i;
                }
            }
        }
        if (tilde < 0) {
            throw new FormulaException(text, text.length(), "missing '~' between the outcome and the regressors");
        }
        if (tilde == 0) {
            throw error(toks.get(0), "missing outcome before '~'");
        }
        int ivBar = -1;
        if (ivTilde >= 0) {
            for (int i = ivTilde - 1; i > tilde; i--) {
                if (toks.get(i).is("|")) {
                    ivBar = i;
                    break;
                }
            }
            if (ivBar < 0) {
                throw error(toks.get(ivTilde), "a second '~' belongs to instrumental variables after a '|': "
                        + "'y ~ x | fe | endo ~ instruments'");
            }
        }
        Expr lhs = expr();
        if (!peek().is("~")) {
            throw error(peek(), "expected '~' after the outcome, found " + peek().describe());
        }
        next();
        if (peek().kind() == Kind.END) {
            throw error(peek(), "expected regressors after '~'");
        }
        if (peek().is("|")) {
            throw error(peek(), "expected regressors after '~' (write 'y ~ 1 | fe' for fixed effects only)");
        }
        Expr rhs = expr();
        List<Formula.FixedEffect> fes = new ArrayList<>();
        if (peek().is("|") && p != ivBar) {
            next();
            if (peek().kind() == Kind.END) {
                throw error(peek(), "expected a fixed effect after '|'");
            }
            fes = fixedEffects();
        }
        Expr endo = null;
        Expr inst = null;
        if (peek().is("|") && p == ivBar) {
            next();
            if (peek().is("~") || peek().kind() == Kind.END) {
                throw error(peek(), "expected the endogenous regressors after '|'");
            }
            endo = expr();
            if (!peek().is("~")) {
                throw error(peek(), "expected '~' between the endogenous regressors and the instruments, found "
                        + peek().describe());
            }
            next();
            if (peek().kind() == Kind.END) {
                throw error(peek(), "expected the instruments after '~'");
            }
            inst = expr();
        } else if (peek().is("|")) {
            throw error(peek(), "a third part after '|': only 'y ~ x | fe | endo ~ instruments' is supported");
        }
        if (peek().kind() != Kind.END) {
            Token t = peek();
            throw error(t, t.is(")") ? "unmatched ')'" : "unexpected " + t.describe());
        }
        checkCalls(lhs);
        Expansion ex = new Expansion();
        ex.order(lhs);
        List<List<Expr>> raw = ex.expand(rhs);
        List<Formula.Term> terms = ex.terms(raw);
        List<Formula.Term> endoTerms = List.of();
        List<Formula.Term> instTerms = List.of();
        if (endo != null) {
            Expansion e1 = new Expansion();
            endoTerms = e1.terms(e1.expand(endo));
            Expansion e2 = new Expansion();
            instTerms = e2.terms(e2.expand(inst));
            if (endoTerms.isEmpty() || instTerms.isEmpty()) {
                throw error(toks.get(ivTilde), "instrumental variables need at least one endogenous regressor and one "
                        + "instrument");
            }
            if (instTerms.size() < endoTerms.size()) {
                throw error(toks.get(ivTilde), "fewer instruments (" + instTerms.size() + ") than endogenous "
                        + "regressors (" + endoTerms.size() + "): the model is not identified");
            }
            for (Formula.Term t : concat(endoTerms, instTerms)) {
                for (Expr f : t.factors()) {
                    Expr.Call sp = special(f);
                    if (sp != null) {
                        throw new FormulaException(text, sp.pos(), "`" + sp.function() + "()` is not supported in the "
                                + "instrumental-variable part");
                    }
                }
            }
            for (Formula.Term t : endoTerms) {
                for (Formula.Term u : terms) {
                    if (u.name().equals(t.name())) {
                        throw new FormulaException(text, t.pos(), "'" + t.name() + "' is both exogenous and "
                                + "endogenous");
                    }
                }
            }
        }
        return new Formula(text, lhs, terms, !ex.interceptRemoved, fes, endoTerms, instTerms);
    }

    private static List<Formula.Term> concat(List<Formula.Term> a, List<Formula.Term> b) {
        List<Formula.Term> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private List<Formula.FixedEffect> fixedEffects() {
        List<Formula.FixedEffect> out = new ArrayList<>();
        while (true) {
            Token t = peek();
            if (t.kind() != Kind.IDENT) {
                throw error(t, "expected a fixed-effect column after " + (out.isEmpty() ? "'|'" : "'+'") + ", found "
                        + t.describe());
            }
            next();
            if (peek().is("(")) {
                throw error(t, "functions are not allowed in fixed effects: '" + t.text() + "()'");
            }
            List<String> cols = new ArrayList<>();
            cols.add(t.text());
            StringBuilder name = new StringBuilder(Deparse.name(t.text()));
            while (peek().is("^")) {
                next();
                Token c = peek();
                if (c.kind() != Kind.IDENT) {
                    throw error(c, "expected a column after '^', found " + c.describe());
                }
                next();
                cols.add(c.text());
                name.append('^').append(Deparse.name(c.text()));
            }
            String nm = name.toString();
            for (Formula.FixedEffect fe : out) {
                if (fe.name().equals(nm)) {
                    throw error(t, "fixed effect '" + nm + "' appears twice");
                }
            }
            out.add(new Formula.FixedEffect(nm, cols, t.pos()));
            if (peek().is("+")) {
                next();
                continue;
            }
            if (peek().kind() == Kind.END || peek().is("|")) {
                return out;
            }
            throw error(peek(), "expected '+' or the end of the formula after fixed effect '" + nm + "', found "
                    + peek().describe() + (peek().is(":") || peek().is("*") ? " (combine fixed effects with '^')" : ""));
        }
    }

    // expr := sum
    private Expr expr() {
        Expr left = product();
        while (peek().is("+") || peek().is("-")) {
            Token op = next();
            Expr right = operand(op, this::product);
            left = new Expr.Binary(op.text().charAt(0), left, right, op.pos());
        }
        return left;
    }

    private Expr product() {
        Expr left = colon();
        while (peek().is("*") || peek().is("/")) {
            Token op = next();
            Expr right = operand(op, this::colon);
            left = new Expr.Binary(op.text().charAt(0), left, right, op.pos());
        }
        return left;
    }

    private Expr colon() {
        Expr left = unary();
        while (peek().is(":")) {
            Token op = next();
            Expr right = operand(op, this::unary);
            left = new Expr.Binary(':', left, right, op.pos());
        }
        return left;
    }

    private Expr unary() {
        if (peek().is("-") || peek().is("+")) {
            Token op = next();
            enter(op);
            Expr e = operand(op, this::unary);
            depth--;
            return new Expr.Unary(op.text().charAt(0), e, op.pos());
        }
        return power();
    }

    private Expr power() {
        Expr base = primary();
        if (peek().is("^")) {
            Token op = next();
            enter(op);
            Expr exp = operand(op, this::unary);
            depth--;
            return new Expr.Binary('^', base, exp, op.pos());
        }
        return base;
    }

    private interface Rule {
        Expr parse();
    }

    private Expr operand(Token op, Rule rule) {
        Token t = peek();
        if (t.kind() == Kind.END || t.is("|") || t.is("~") || t.is(")") || t.is(",") || t.is("*") || t.is("/")
                || t.is(":") || t.is("^") || t.is("=")) {
            throw error(t, "expected a term after '" + op.text() + "'" + (t.kind() == Kind.END ? "" : ", found " + t.describe()));
        }
        return rule.parse();
    }

    private Expr primary() {
        Token t = next();
        switch (t.kind()) {
            case NUMBER:
                return new Expr.Num(Double.parseDouble(t.text()), t.text(), t.pos());
            case STRING:
                return new Expr.Str(t.text(), t.pos());
            case IDENT:
                if (peek().is("(")) {
                    return call(t);
                }
                return new Expr.Var(t.text(), t.pos());
            case OP:
                if (t.is("(")) {
                    if (peek().is(")")) {
                        throw error(peek(), "empty parentheses");
                    }
                    enter(t);
                    Expr inner = expr();
                    depth--;
                    if (!peek().is(")")) {
                        throw error(peek(), "expected ')' to close the '(' at column " + (t.pos() + 1) + ", found "
                                + peek().describe());
                    }
                    next();
                    return new Expr.Paren(inner, t.pos());
                }
                throw error(t, "expected a term, found " + t.describe());
            default:
                throw error(t, "expected a term, found the end of the formula");
        }
    }

    private Expr call(Token fn) {
        String name = fn.text();
        if (!FUNCTIONS.contains(name)) {
            if (FIXEST_ONLY.contains(name)) {
                throw error(fn, "`" + name + "()` is not supported");
            }
            throw error(fn, "function '" + name + "()' is not supported (supported: abs, exp, I, log, log10, log1p, log2, sqrt)");
        }
        next(); // (
        List<Expr> args = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (peek().is(")")) {
            throw error(peek(), "'" + name + "()' needs an argument");
        }
        while (true) {
            String argName = null;
            if (peek().kind() == Kind.IDENT && toks.get(p + 1).is("=")) {
                argName = next().text();
                next();
            }
            if (peek().is(")") || peek().is(",") || peek().kind() == Kind.END) {
                throw error(peek(), "expected an argument of '" + name + "()', found " + peek().describe());
            }
            enter(fn);
            args.add(expr());
            depth--;
            names.add(argName);
            if (peek().is(",")) {
                next();
                continue;
            }
            if (peek().is(")")) {
                next();
                break;
            }
            throw error(peek(), "expected ',' or ')' in '" + name + "(', found " + peek().describe());
        }
        Expr.Call c = new Expr.Call(name, List.copyOf(args), java.util.Collections.unmodifiableList(names), fn.pos());
        checkArity(c, fn);
        return c;
    }

    private void checkArity(Expr.Call c, Token fn) {
        int n = c.args().size();
        if (c.function().equals("i")) {
            checkI(c, fn);
            return;
        }
        if (c.function().equals("factor")) {
            if (n != 1 || c.argNames().get(0) != null || !(c.args().get(0) instanceof Expr.Var)) {
                throw error(fn, "factor() takes one column: factor(region) (dummies for its values, the first as "
                        + "reference; i(region, ref = v) chooses the reference)");
            }
            return;
        }
        if (PANEL.contains(c.function())) {
            checkPanelOp(c, fn);
            return;
        }
        for (Expr a : c.args()) {
            Expr.Call inner = special(a);
            if (inner != null) {
                throw new FormulaException(text, inner.pos(), "`" + inner.function() + "()` must be a term of its own, "
                        + "not inside " + c.function() + "()");
            }
            if (hasString(a)) {
                throw error(fn, "text values (in quotes) are allowed only as i(..., ref = \"value\"), not in "
                        + c.function() + "()");
            }
        }
        if (c.function().equals("log")) {
            if (n > 2 || c.argNames().get(0) != null && !c.argNames().get(0).equals("x")
                    || n == 2 && c.argNames().get(1) != null && !c.argNames().get(1).equals("base")) {
                throw error(fn, "log() takes x and an optional base: log(x) or log(x, base = 10)");
            }
            if (n == 2 && !(constant(c.args().get(1)))) {
                throw error(fn, "the base of log() must be a number");
            }
        } else if (n != 1 || c.argNames().get(0) != null) {
            throw error(fn, c.function() + "() takes exactly one argument");
        }
    }

    /** i(f), i(f, ref = v), i(f, x), i(f, x, ref = v): f a column, x a numeric expression, v a number or "text". */
    private void checkI(Expr.Call c, Token fn) {
        int positional = 0;
        boolean ref = false;
        for (int a = 0; a < c.args().size(); a++) {
            String nm = c.argNames().get(a);
            Expr e = c.args().get(a);
            if (nm == null) {
                if (ref) {
                    throw error(fn, "i(): positional arguments go before ref = ...");
                }
                positional++;
                if (positional == 1 && !(e instanceof Expr.Var)) {
                    throw new FormulaException(text, e.pos(), "i(): the first argument must be a column, e.g. i(region)");
                }
                if (positional == 2 && (hasString(e) || special(e) != null)) {
                    throw new FormulaException(text, e.pos(), "i(): the second argument must be a numeric column or "
                            + "expression, e.g. i(rel_year, treated)");
                }
            } else if (nm.equals("ref")) {
                if (ref) {
                    throw error(fn, "i(): ref is given twice");
                }
                ref = true;
                if (!(e instanceof Expr.Str) && !constant(e)) {
                    throw new FormulaException(text, e.pos(), "i(): ref must be one value, a number or text in quotes, "
                            + "e.g. ref = -1 or ref = \"Europe\"");
                }
            } else {
                throw error(fn, "i(): unsupported argument '" + nm + "' (supported: i(f), i(f, x), ref = value)");
            }
        }
        if (positional < 1 || positional > 2) {
            throw error(fn, "i() takes a column, an optional numeric variable and ref = value: i(f), i(f, x, ref = v)");
        }
    }

    /** l(x), l(x, k), l(x, a:b) and the same for f() and d(): k a whole number, a:b a range of them. */
    private void checkPanelOp(Expr.Call c, Token fn) {
        String f = c.function();
        String use = f + "(x) or " + f + "(x, k) with k a whole number or a range a:b";
        if (c.args().size() > 2 || c.argNames().stream().anyMatch(java.util.Objects::nonNull)) {
            throw error(fn, f + "() takes a variable and a lag: " + use);
        }
        Expr x = c.args().get(0);
        if (hasString(x) || special(x) != null) {
            throw new FormulaException(text, x.pos(), f + "(): the first argument must be a numeric column or "
                    + "expression");
        }
        if (c.args().size() == 2) {
            Expr k = c.args().get(1);
            boolean ok = k instanceof Expr.Binary b && b.op() == ':' ? whole(b.left()) && whole(b.right()) : whole(k);
            if (!ok) {
                throw new FormulaException(text, k.pos(), f + "(): the lag must be a whole number or a range a:b, "
                        + "e.g. " + f + "(x, 1) or " + f + "(x, 0:2)");
            }
        }
    }

    private static boolean whole(Expr e) {
        if (e instanceof Expr.Unary u && u.op() == '-') {
            return whole(u.operand());
        }
        return e instanceof Expr.Num n && n.value() == Math.rint(n.value()) && Math.abs(n.value()) < 1e6;
    }

    /** A panel operator with a range a:b as its lag (expands into one term per lag). */
    static boolean isRange(Expr e) {
        return e instanceof Expr.Call c && PANEL.contains(c.function()) && c.args().size() == 2
                && c.args().get(1) instanceof Expr.Binary b && b.op() == ':';
    }

    /** Whether a range operator appears anywhere in e other than at its top. */
    private static boolean hasNestedRange(Expr e, boolean top) {
        if (!top && isRange(e)) {
            return true;
        }
        if (e instanceof Expr.Call c) {
            for (Expr a : c.args()) {
                if (hasNestedRange(a, false)) {
                    return true;
                }
            }
        } else if (e instanceof Expr.Binary b) {
            return hasNestedRange(b.left(), false) || hasNestedRange(b.right(), false);
        } else if (e instanceof Expr.Unary u) {
            return hasNestedRange(u.operand(), false);
        } else if (e instanceof Expr.Paren pa) {
            return hasNestedRange(pa.inner(), false);
        }
        return false;
    }

    /** The first special call (i()) in e, or null. */
    static Expr.Call special(Expr e) {
        if (e instanceof Expr.Call c) {
            if (SPECIAL.contains(c.function())) {
                return c;
            }
            for (Expr a : c.args()) {
                Expr.Call s = special(a);
                if (s != null) {
                    return s;
                }
            }
        } else if (e instanceof Expr.Binary b) {
            Expr.Call s = special(b.left());
            return s != null ? s : special(b.right());
        } else if (e instanceof Expr.Unary u) {
            return special(u.operand());
        } else if (e instanceof Expr.Paren pa) {
            return special(pa.inner());
        }
        return null;
    }

    private static boolean hasString(Expr e) {
        if (e instanceof Expr.Str) {
            return true;
        }
        if (e instanceof Expr.Call c) {
            return c.args().stream().anyMatch(Parser::hasString);
        }
        if (e instanceof Expr.Binary b) {
            return hasString(b.left()) || hasString(b.right());
        }
        if (e instanceof Expr.Unary u) {
            return hasString(u.operand());
        }
        if (e instanceof Expr.Paren pa) {
            return hasString(pa.inner());
        }
        return false;
    }

    private static boolean constant(Expr e) {
        if (e instanceof Expr.Num) {
            return true;
        }
        if (e instanceof Expr.Unary u) {
            return constant(u.operand());
        }
        if (e instanceof Expr.Paren pa) {
            return constant(pa.inner());
        }
        if (e instanceof Expr.Binary b) {
            return constant(b.left()) && constant(b.right());
        }
        return false;
    }

    /** The outcome may use arithmetic and calls; a bare number is not an outcome. */
    private void checkCalls(Expr lhs) {
        if (lhs instanceof Expr.Num n) {
            throw new FormulaException(text, n.pos(), "the outcome must be a column or a function of columns");
        }
        Expr.Call sp = special(lhs);
        if (sp != null) {
            throw new FormulaException(text, sp.pos(), "`" + sp.function() + "()` cannot be the outcome");
        }
        if (hasString(lhs)) {
            throw new FormulaException(text, lhs.pos(), "the outcome cannot hold a text value in quotes");
        }
        if (isRange(lhs) || hasNestedRange(lhs, true)) {
            throw new FormulaException(text, lhs.pos(), "the outcome cannot use a range of lags (a:b)");
        }
    }

    /** R's term algebra: bitsets of variables, ordered by degree then appearance. */
    private final class Expansion {
        final Map<String, Integer> vars = new LinkedHashMap<>();
        final Map<String, Expr> varExpr = new LinkedHashMap<>();
        boolean interceptRemoved;

        void order(Expr e) {
            vars.putIfAbsent(Deparse.of(e), vars.size());
            varExpr.putIfAbsent(Deparse.of(e), e);
        }

        /** Returns terms as lists of factors (each factor registered as a variable). */
        List<List<Expr>> expand(Expr e) {
            if (e instanceof Expr.Paren pa && !(pa.inner() instanceof Expr.Var)) {
                return expand(pa.inner());
            }
            if (e instanceof Expr.Call || e instanceof Expr.Paren pa0 && pa0.inner() instanceof Expr.Call) {
                Expr inner = e instanceof Expr.Paren pa1 ? pa1.inner() : e;
                if (hasNestedRange(inner, true)) {
                    throw new FormulaException(text, inner.pos(), "a range of lags (a:b) must be a term of its own, "
                            + "e.g. l(x, 0:2), not inside another function");
                }
                if (isRange(inner)) {
                    Expr.Call c = (Expr.Call) inner;
                    Expr.Binary r = (Expr.Binary) c.args().get(1);
                    long a = (long) Expr.constantValue(r.left());
                    long b = (long) Expr.constantValue(r.right());
                    List<List<Expr>> out = new ArrayList<>();
                    for (long k = a; a <= b ? k <= b : k >= b; k += a <= b ? 1 : -1) {
                        Expr kx = k < 0 ? new Expr.Unary('-', new Expr.Num(-k, Long.toString(-k), r.pos()), r.pos())
                                : new Expr.Num(k, Long.toString(k), r.pos());
                        Expr.Call one = new Expr.Call(c.function(), List.of(c.args().get(0), kx),
                                java.util.Arrays.asList(null, null), c.pos());
                        order(one);
                        addUnique(out, List.of(one));
                    }
                    return out;
                }
            }
            if (e instanceof Expr.Var || e instanceof Expr.Call || e instanceof Expr.Paren) {
                Expr f = e instanceof Expr.Paren pa ? pa.inner() : e;
                order(f);
                List<List<Expr>> out = new ArrayList<>();
                out.add(List.of(f));
                return out;
            }
            if (e instanceof Expr.Str st) {
                throw new FormulaException(text, st.pos(), "a text value (in quotes) is not a regressor; use it as "
                        + "i(column, ref = \"" + st.value() + "\")");
            }
            if (e instanceof Expr.Num n) {
                if (n.value() == 1) {
                    return new ArrayList<>();
                }
                if (n.value() == 0) {
                    interceptRemoved = true;
                    return new ArrayList<>();
                }
                throw new FormulaException(text, n.pos(), "a number (" + n.text() + ") is not a regressor: use 1 or 0 "
                        + "for the intercept, or put arithmetic inside a function such as I() or log()");
            }
            if (e instanceof Expr.Unary u) {
                if (u.op() == '-') {
                    if (u.operand() instanceof Expr.Num n && (n.value() == 1 || n.value() == 0)) {
                        interceptRemoved = n.value() == 1;
                        return new ArrayList<>();
                    }
                    throw new FormulaException(text, u.pos(), "a leading '-' removes a term: only '-1' is supported here");
                }
                return expand(u.operand());
            }
            Expr.Binary b = (Expr.Binary) e;
            switch (b.op()) {
                case '+': {
                    List<List<Expr>> l = expand(b.left());
                    for (List<Expr> t : expand(b.right())) {
                        addUnique(l, t);
                    }
                    return l;
                }
                case '-': {
                    List<List<Expr>> l = expand(b.left());
                    if (b.right() instanceof Expr.Num n) {
                        if (n.value() == 1) {
                            interceptRemoved = true;
                            return l;
                        }
                        if (n.value() == 0) {
                            return l;
                        }
                    }
                    for (List<Expr> t : expand(b.right())) {
                        l.removeIf(x -> key(x).equals(key(t)));
                    }
                    return l;
                }
                case '*': {
                    List<List<Expr>> l = expand(b.left());
                    List<List<Expr>> r = expand(b.right());
                    List<List<Expr>> out = new ArrayList<>(l);
                    for (List<Expr> t : r) {
                        addUnique(out, t);
                    }
                    for (List<Expr> t : cross(l, r)) {
                        addUnique(out, t);
                    }
                    return out;
                }
                case ':':
                    return cross(expand(b.left()), expand(b.right()));
                case '^':
                    throw new FormulaException(text, b.pos(), "'^' among regressors: use a:b or a*b for interactions, "
                            + "I(x^2) for a power, and '^' only after '|' to combine fixed effects");
                case '/':
                    throw new FormulaException(text, b.pos(), "'/' among regressors (nesting) is not supported: "
                            + "use I(x / z) for a ratio");
                default:
                    throw new FormulaException(text, b.pos(), "unexpected operator '" + b.op() + "'");
            }
        }

        private List<List<Expr>> cross(List<List<Expr>> l, List<List<Expr>> r) {
            bound((long) l.size() * r.size() + l.size() + r.size());
            List<List<Expr>> out = new ArrayList<>();
            for (List<Expr> a : l) {
                for (List<Expr> c : r) {
                    for (List<Expr> side : List.of(a, c)) {
                        for (Expr f : side) {
                            if (isRange(f)) {
                                throw new FormulaException(text, f.pos(), "a range of lags (a:b) cannot be "
                                        + "interacted; write the lags one by one, e.g. l(x, 1):z + l(x, 2):z");
                            }
                            if (f instanceof Expr.Call sc && SPECIAL.contains(sc.function())) {
                                throw new FormulaException(text, sc.pos(), "`" + sc.function() + "()` cannot be "
                                        + "interacted with ':' or '*'; write the interaction inside it, e.g. i(f, x)");
                            }
                        }
                    }
                    List<Expr> t = new ArrayList<>(a);
                    for (Expr f : c) {
                        if (!t.stream().anyMatch(x -> Deparse.of(x).equals(Deparse.of(f)))) {
                            t.add(f);
                        }
                    }
                    addUnique(out, t);
                }
            }
            return out;
        }

        private void bound(long terms) {
            if (terms > MAX_TERMS) {
                throw new FormulaException("the formula expands to more than " + MAX_TERMS + " regressors (interactions "
                        + "with '*' multiply); write the terms you need with ':'");
            }
        }

        private void addUnique(List<List<Expr>> list, List<Expr> t) {
            bound(list.size() + 1L);
            String k = key(t);
            for (List<Expr> x : list) {
                if (key(x).equals(k)) {
                    return;
                }
            }
            list.add(t);
        }

        private String key(List<Expr> t) {
            return t.stream().map(f -> vars.get(Deparse.of(f))).sorted().map(String::valueOf)
                    .reduce("", (a, b2) -> a + "," + b2);
        }

        List<Formula.Term> terms(List<List<Expr>> raw) {
            List<Formula.Term> out = new ArrayList<>();
            for (List<Expr> t : raw) {
                List<Expr> sorted = new ArrayList<>(t);
                sorted.sort(Comparator.comparingInt(f -> vars.get(Deparse.of(f))));
                StringBuilder name = new StringBuilder();
                for (Expr f : sorted) {
                    if (name.length() > 0) {
                        name.append(':');
                    }
                    String d = Deparse.of(f);
                    // fixest 0.14.2 names I(x^2) "I(I(x^2))"; copied for parity of term names
                    name.append(f instanceof Expr.Call c && c.function().equals("I") ? "I(" + d + ")" : d);
                }
                out.add(new Formula.Term(name.toString(), List.copyOf(sorted), sorted.get(0).pos()));
            }
            // stable sort by degree: main effects first, then 2-way interactions, ...
            List<Formula.Term> sorted = new ArrayList<>(out);
            sorted.sort(Comparator.comparingInt(Formula.Term::degree));
            return sorted;
        }
    }
}
