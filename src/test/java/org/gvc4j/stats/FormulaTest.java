package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gvc4j.stats.formula.Deparse;
import org.gvc4j.stats.formula.Formula;
import org.gvc4j.stats.formula.FormulaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Term names and order as R's terms() and deparse give them (stats-methods.md §10), and syntax errors with a caret. */
class FormulaTest {
    static List<String> names(String f) {
        return Formula.parse(f).getTerms().stream().map(Formula.Term::name).toList();
    }

    @Test
    void mainEffectsFirstThenInteractionsByDegree() {
        assertEquals(List.of("log(dist)", "x1", "rta:cntg"), names("y ~ rta:cntg + log(dist) + x1"));
        assertEquals(List.of("x1", "x2", "x1:x2"), names("y ~ x1*x2"));
        assertEquals(List.of("a", "b", "c", "a:b", "a:c", "b:c", "a:b:c"), names("y ~ a*b*c"));
        assertEquals(List.of("x2", "x1", "x2:x1"), names("y ~ x2 + x1 + x1:x2"));
        assertEquals(List.of("cntg:rta"), names("y ~ cntg:rta"));
        assertEquals(List.of("a:c", "b:c"), names("y ~ (a + b):c"));
        assertEquals(List.of("a"), names("y ~ a + b - b"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "y ~ log( dist )|log(dist)",
        "y ~ log(dist+1)|log(dist + 1)",
        "y ~ log(x1*x2)|log(x1 * x2)",
        "y ~ exp(-x1)|exp(-x1)",
        "y ~ log(dist,base=10)|log(dist, base = 10)",
        "y ~ sqrt(x/2)|sqrt(x/2)",
        "y ~ I(x1^2)|I(I(x1^2))",
        "y ~ log(x + 0.001)|log(x + 0.001)",
        "y ~ log(x + 1e-5)|log(x + 1e-05)",
        "y ~ `GVC share`|`GVC share`"})
    void namesAreRsDeparse(String formula, String name) {
        assertEquals(List.of(name), names(formula));
    }

    @Test
    void fixedEffectsAndIntercept() {
        Formula f = Formula.parse("log(trade) ~ log(dist) + rta | exporter^year + importer^year + pair");
        assertEquals("log(trade)", f.getLhsName());
        assertEquals(List.of("exporter^year", "importer^year", "pair"),
                f.getFixedEffects().stream().map(Formula.FixedEffect::name).toList());
        assertEquals(List.of("exporter", "year"), f.getFixedEffects().get(0).columns());
        assertFalse(f.hasIntercept());
        assertTrue(Formula.parse("y ~ x").hasIntercept());
        assertFalse(Formula.parse("y ~ x - 1").hasIntercept());
        assertFalse(Formula.parse("y ~ 0 + x").hasIntercept());
    }

    @Test
    void numbersDeparseLikeR() {
        assertEquals("1e+05", Deparse.number(100000));
        assertEquals("1e-04", Deparse.number(0.0001));
        assertEquals("0.001", Deparse.number(0.001));
        assertEquals("123456", Deparse.number(123456));
        assertEquals("0.5", Deparse.number(0.5));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
        "y ~ x1 + #9#expected a term after '+'",
        "y ~ x1 + x2 +#14#expected a term after '+'",
        "y x1#5#missing '~'",
        "y ~ log(x1#11#expected ',' or ')'",
        "y ~ x1 | fe1 +#15#expected a fixed-effect column",
        "y ~ mvsw(x1, x2)#5#`mvsw()` is not supported",
        "y ~ x1 | fe[x1]#12#varying slopes",
        "y ~ foo(x1)#5#function 'foo()' is not supported",
        "y ~ x1 ^ 2#8#'^' among regressors"})
    void syntaxErrorsPointAtTheColumn(String formula, int column, String message) {
        FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(formula));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        if (e.getColumn() > 0) {
            assertEquals(column, e.getColumn(), e.getMessage());
        }
        String[] lines = e.getMessage().split("\\R");
        assertEquals(3, lines.length, "message, formula, caret: " + e.getMessage());
        assertEquals("  " + formula, lines[1]);
        assertEquals(column + 1, lines[2].indexOf('^'), "caret under column " + column + ":\n" + e.getMessage());
    }
}
