package org.gvc4j.dsl;

import java.util.Map;
import org.gvc4j.method.Frame;
import org.gvc4j.method.bm2023.Bm2023;
import org.gvc4j.method.bm2023.Bm2023Columns;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.result.Naming;
import org.jspecify.annotations.Nullable;

/** Every BM2023 step: the query value, its checks (at each call), and the computation it asks for. */
final class Bm2023Chain extends Chain implements Bm2023ExporterStep, Bm2023PairStep {
    enum Variant { SOURCE, SINK, SELF }

    /** What is asked: exporters; importers (null: totals over all partners); the pairs' approach or perimeter. */
    record Query(int[] exporters, int @Nullable [] importers, Variant variant) {
        Query withImporters(int[] r) {
            return new Query(exporters, r, variant);
        }

        Query with(Variant v) {
            return new Query(exporters, importers, v);
        }
    }

    private final Query q;

    private Bm2023Chain(Context ctx, String text, Query q) {
        super(ctx, text);
        this.q = q;
    }

    static Bm2023Chain of(Context ctx, String text, int[] exporters) {
        return new Bm2023Chain(ctx, text, new Query(exporters, null, Variant.SOURCE));
    }

    private Bm2023Chain next(String verb, Query next) {
        return new Bm2023Chain(ctx, text + "." + verb, next);
    }

    @Override
    public Bm2023Chain importer(String importer) {
        return partner(ctx.country(importer, "importer"));
    }

    @Override
    public Bm2023Chain importer(int importer) {
        return partner(ctx.country(importer, "importer"));
    }

    private Bm2023Chain partner(int r) {
        ctx.requirePartner(q.exporters(), r);
        return next("importer(" + ctx.quoted(r) + ")", q.withImporters(new int[] {r}));
    }

    @Override
    public Bm2023Chain importers() {
        return next("importers()", q.withImporters(ctx.allCountries()));
    }

    @Override
    public Bm2023Chain source() {
        return next("source()", q.with(Variant.SOURCE));
    }

    @Override
    public Bm2023Chain sink() {
        return next("sink()", q.with(Variant.SINK));
    }

    @Override
    public Bm2023Chain self() {
        return next("self()", q.with(Variant.SELF));
    }

    @Override
    MeasureTable compute() {
        Bm2023 m = new Bm2023(ctx.model().get());
        int[] r = q.importers();
        if (r == null) {
            return ctx.table(m.exporters(q.exporters()), text, Context.BM2023, Map.of(
                    Naming.GVC_ANALYZER, Bm2023Columns.GVC_ANALYZER_EXPORTER,
                    Naming.ICIO, Bm2023Columns.ICIO_EXPORTS,
                    Naming.EXVATOOLS, Bm2023Columns.EXVATOOLS_EXPORTER));
        }
        int[][] pairs = ctx.pairs(q.exporters(), r);
        Frame f = switch (q.variant()) {
            case SOURCE -> m.source(pairs);
            case SINK -> m.sink(pairs);
            case SELF -> m.pure(pairs);
        };
        Map<String, String> seed = switch (q.variant()) {
            case SOURCE -> Bm2023Columns.GVC_ANALYZER_SOURCE;
            case SINK -> Bm2023Columns.GVC_ANALYZER_SINK;
            case SELF -> Bm2023Columns.GVC_ANALYZER_SELF;
        };
        return ctx.table(f, text, Context.BM2023, Map.of(Naming.GVC_ANALYZER, seed, Naming.ICIO,
                Bm2023Columns.ICIO_EXPORTS));
    }
}
