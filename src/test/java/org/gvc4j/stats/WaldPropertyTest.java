package org.gvc4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Issue 16 acceptance: the Wald test of one restriction equals the squared t (z) statistic of that coefficient, for
 * each variance type; for OLS its p-value, from F(1, df), equals the coefficient's two-sided t p-value.
 */
class WaldPropertyTest {
    @Test
    void waldOfOneRestrictionIsTheSquaredT() {
        for (Model m : new Model[] {Model.OLS, Model.PPML, Model.LOGIT}) {
            Table data = PredictTest.random(m, 101 + m.ordinal(), 50, 8);
            Estimate base = Estimate.of(m, data, "y ~ x1 + x2 | id + t");
            for (Estimate e : new Estimate[] {base, base.hetero(), base.cluster("id"), base.cluster("id", "t")}) {
                Fit f = e.fit();
                for (String term : new String[] {"x1", "x2"}) {
                    Table w = f.wald(term);
                    double t = f.toTable().where(f.toTable().stringColumn(Fit.TERM).isEqualTo(term))
                            .doubleColumn(Fit.STATISTIC).getDouble(0);
                    String what = m + " " + f.getVcovLabel() + " " + term;
                    assertEquals(t * t, w.doubleColumn("stat").getDouble(0), 1e-10 * t * t, what);
                    assertEquals(1.0, w.doubleColumn("df1").getDouble(0), what);
                    if (m == Model.OLS) {
                        assertEquals(f.pValue(term), w.doubleColumn("p_value").getDouble(0),
                                1e-10 + 1e-8 * f.pValue(term), what + " p");
                        assertEquals(f.getDfT(), w.doubleColumn("df2").getDouble(0), what + " df2");
                    }
                }
            }
        }
    }
}
