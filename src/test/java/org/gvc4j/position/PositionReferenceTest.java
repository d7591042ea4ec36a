package org.gvc4j.position;

import org.gvc4j.TestModels;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gvc4j.Gvc;
import org.gvc4j.method.Frame;
import org.gvc4j.method.apl.Apl;
import org.gvc4j.method.koopman.Koopman;
import org.gvc4j.method.rca.Rca;
import org.gvc4j.method.upstreamness.Upstreamness;
import org.gvc4j.method.wwyz.Wwyz;
import org.gvc4j.model.LeontiefModel;
import org.gvc4j.result.MeasureTables;
import org.gvc4j.result.Naming;
import org.gvc4j.testing.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The position and participation measures against the {@code numpy_*} files of ../shared/reference (an independent
 * extended-precision implementation of methods.md §3.13, §3.15–3.17; conventions: output as given, value added the
 * residual, zero-output columns zeroed). Rule: the reference README's default tolerance, 1e-9 relative (absolute
 * 1e-12·M below 1e-3·M); NaN in a file must be a missing value here. Skips without ../shared.
 */
class PositionReferenceTest {
    /** One model per table for the whole class (the tables take a second or two to load). */
    private static final Map<String, LeontiefModel> MODELS = new java.util.concurrent.ConcurrentHashMap<>();

    static LeontiefModel model(String table) {
        return MODELS.computeIfAbsent(table, t -> TestModels.of(Gvc.load(Reference.table(t))));
    }

    static void check(String table, String file, Frame f, String... keys) {
        var t = MeasureTables.of(f, file, "", table, Naming.GVC4J, Map.of()).toTable();
        double worst = Reference.assertMatches(Reference.expected(table, file), t, List.of(keys), Set.of(), null);
        assertTrue(worst <= 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lrwiod-2000", "wiod2013-2011"})
    void wwyz(String table) {
        Wwyz w = new Wwyz(model(table));
        check(table, "numpy_wwyz_participation_sector.csv", w.participationBySector(), "country", "sector");
        check(table, "numpy_wwyz_participation_country.csv", w.participationByCountry(), "country");
        check(table, "numpy_wwyz_length_sector.csv", w.lengthBySector(), "country", "sector");
        check(table, "numpy_wwyz_length_country.csv", w.lengthByCountry(), "country");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lrwiod-2000", "wiod2013-2011"})
    void upstreamness(String table) {
        Upstreamness u = new Upstreamness(model(table));
        check(table, "numpy_upstreamness_ghosh_sector.csv", u.upstreamnessBySector(), "country", "sector");
        check(table, "numpy_upstreamness_ghosh_country.csv", u.upstreamnessByCountry(), "country");
        check(table, "numpy_downstreamness_ub_sector.csv", u.downstreamnessBySector(), "country", "sector");
        check(table, "numpy_downstreamness_ub_country.csv", u.downstreamnessByCountry(), "country");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lrwiod-2000", "wiod2013-2011"})
    void apl(String table) {
        Apl a = new Apl(model(table));
        check(table, "numpy_apl_sector.csv", a.bySector(), "country", "sector");
        check(table, "numpy_apl_bilateral.csv", a.byCountryPair(), "from_country", "to_country");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lrwiod-2000", "wiod2013-2011"})
    void koopman(String table) {
        Koopman k = new Koopman(model(table));
        check(table, "numpy_koopman_kwwiv_sector.csv", k.bySector(), "country", "sector");
        check(table, "numpy_koopman_kwwiv_country.csv", k.byCountry(), "country");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lrwiod-2000", "wiod2013-2011"})
    void rca(String table) {
        Rca r = new Rca(model(table));
        check(table, "numpy_rca_gross_sector.csv", r.grossBySector(), "country", "sector");
        check(table, "numpy_rca_dvixf_sector.csv", r.valueAddedBySector(), "country", "sector");
    }
}
