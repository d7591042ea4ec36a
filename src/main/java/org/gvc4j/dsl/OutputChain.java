package org.gvc4j.dsl;

import java.util.Map;
import org.gvc4j.method.bm2025.Bm2025Columns;
import org.gvc4j.method.bm2025.OutputMeasures;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.result.Naming;

/** Every BMT2025 output step: the query value and the computation it asks for. */
final class OutputChain extends Chain implements Bm2025OutputCountryStep, Bm2025OutputGdpStep {
    /** What is asked: countries; the GDP-closed variant or the published formulas; by sector or not. */
    record Query(int[] countries, boolean gdpClosed, boolean bySector) {
        Query withGdpClosed() {
            return new Query(countries, true, bySector);
        }

        Query withSectors() {
            return new Query(countries, gdpClosed, true);
        }
    }

    private final Query q;

    private OutputChain(Context ctx, String text, Query q) {
        super(ctx, text);
        this.q = q;
    }

    static OutputChain of(Context ctx, String text, int[] countries) {
        return new OutputChain(ctx, text, new Query(countries, false, false));
    }

    @Override
    public OutputChain gdpClosed() {
        return new OutputChain(ctx, text + ".gdpClosed()", q.withGdpClosed());
    }

    @Override
    public OutputChain bySector() {
        return new OutputChain(ctx, text + ".bySector()", q.withSectors());
    }

    @Override
    MeasureTable compute() {
        OutputMeasures m = new OutputMeasures(ctx.model().get());
        int[] s = q.countries();
        if (q.gdpClosed()) {
            return ctx.table(q.bySector() ? m.gdpSectors(s) : m.gdpCountries(s, true), text, Context.GDP_CLOSED,
                    Map.of());
        }
        return q.bySector()
                ? ctx.table(m.sectors(s, true), text, Context.BM2025,
                        Map.of(Naming.GVC_ANALYZER, Bm2025Columns.GVC_ANALYZER_OUTPUT_SECTOR))
                : ctx.table(m.countries(s, true), text, Context.BM2025,
                        Map.of(Naming.GVC_ANALYZER, Bm2025Columns.GVC_ANALYZER_OUTPUT));
    }
}
