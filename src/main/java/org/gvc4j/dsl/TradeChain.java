package org.gvc4j.dsl;

import java.util.Map;
import org.gvc4j.method.Frame;
import org.gvc4j.method.bm2025.Bm2025Columns;
import org.gvc4j.method.bm2025.TripartiteTrade;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.result.Naming;
import org.jspecify.annotations.Nullable;

/** Every BMT2025 trade step: the query value, its checks (at each call), and the computation it asks for. */
final class TradeChain extends Chain implements Bm2025TradeExporterStep, Bm2025TradePairStep {
    /** What is asked: exporters; importers (null: totals over all partners); by exporting sector or not. */
    record Query(int[] exporters, int @Nullable [] importers, boolean bySector) {
        Query withImporters(int[] r) {
            return new Query(exporters, r, bySector);
        }

        Query withSectors() {
            return new Query(exporters, importers, true);
        }
    }

    private final Query q;

    private TradeChain(Context ctx, String text, Query q) {
        super(ctx, text);
        this.q = q;
    }

    static TradeChain of(Context ctx, String text, int[] exporters) {
        return new TradeChain(ctx, text, new Query(exporters, null, false));
    }

    private TradeChain next(String verb, Query next) {
        return new TradeChain(ctx, text + "." + verb, next);
    }

    @Override
    public TradeChain importer(String importer) {
        return partner(ctx.country(importer, "importer"));
    }

    @Override
    public TradeChain importer(int importer) {
        return partner(ctx.country(importer, "importer"));
    }

    private TradeChain partner(int r) {
        ctx.requirePartner(q.exporters(), r);
        return next("importer(" + ctx.quoted(r) + ")", q.withImporters(new int[] {r}));
    }

    @Override
    public TradeChain importers() {
        return next("importers()", q.withImporters(ctx.allCountries()));
    }

    @Override
    public TradeChain bySector() {
        return next("bySector()", q.withSectors());
    }

    @Override
    MeasureTable compute() {
        TripartiteTrade t = new TripartiteTrade(ctx.model().get());
        int[] r = q.importers();
        Frame f;
        Map<String, String> seed;
        if (r == null) {
            f = q.bySector() ? t.exportersBySector(q.exporters()) : t.exporters(q.exporters());
            seed = Bm2025Columns.GVC_ANALYZER_EXPORTER;
        } else {
            int[][] pairs = ctx.pairs(q.exporters(), r);
            f = q.bySector() ? t.pairsBySector(pairs) : t.pairs(pairs);
            seed = Bm2025Columns.GVC_ANALYZER_PAIR;
        }
        // gvcAnalyzer has no sector-level trade functions, so no names of its own there
        return ctx.table(f, text, Context.BM2025, q.bySector() ? Map.of() : Map.of(Naming.GVC_ANALYZER, seed));
    }
}
