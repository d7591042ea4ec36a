package org.gvc4j.dsl;

import static org.gvc4j.dsl.Context.BM2025;
import static org.gvc4j.dsl.Context.GDP_CLOSED;

import java.util.Map;
import org.gvc4j.method.Frame;
import org.gvc4j.method.bm2025.Bm2025Columns;
import org.gvc4j.method.bm2025.OutputMeasures;
import org.gvc4j.result.Result;

final class Bm2025OutputSteps implements Bm2025OutputStep {
    private final Context ctx;
    private final boolean gdpClosed;

    Bm2025OutputSteps(Context ctx, boolean gdpClosed) {
        this.ctx = ctx;
        this.gdpClosed = gdpClosed;
    }

    private OutputMeasures method() {
        return new OutputMeasures(ctx.model().get());
    }

    private Result countries(int[] s, boolean shares, String verb) {
        OutputMeasures m = method();
        if (gdpClosed) {
            return ctx.result(m.gdpCountries(s, shares), "bm2025.output.gdpClosed." + verb, GDP_CLOSED, Map.of());
        }
        Frame f = m.countries(s, shares);
        return ctx.result(f, "bm2025.output." + verb, BM2025, Bm2025Columns.GVC_ANALYZER_OUTPUT);
    }

    @Override
    public Result measures() {
        return countries(ctx.allCountries(), true, "measures");
    }

    @Override
    public Result components() {
        return countries(ctx.allCountries(), false, "components");
    }

    @Override
    public Result country(String country) {
        return countries(new int[] {ctx.labels().countryIndex(country, "country")}, true, "country");
    }

    @Override
    public Result country(int country) {
        return countries(new int[] {ctx.labels().countryIndex(country, "country")}, true, "country");
    }

    @Override
    public Result bySector() {
        OutputMeasures m = method();
        if (gdpClosed) {
            return ctx.result(m.gdpSectors(ctx.allCountries()), "bm2025.output.gdpClosed.bySector", GDP_CLOSED, Map.of());
        }
        return ctx.result(m.sectors(ctx.allCountries(), true), "bm2025.output.bySector", BM2025,
                Bm2025Columns.GVC_ANALYZER_OUTPUT_SECTOR);
    }

    @Override
    public Bm2025OutputStep gdpClosed() {
        return new Bm2025OutputSteps(ctx, true);
    }
}
