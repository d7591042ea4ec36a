package org.gvc4j.dsl;

import static org.gvc4j.dsl.Context.BM2023;

import java.util.Map;
import java.util.function.Function;
import org.gvc4j.method.Frame;
import org.gvc4j.method.bm2023.Bm2023;
import org.gvc4j.method.bm2023.Bm2023Columns;
import org.gvc4j.result.Result;

final class Bm2023Steps implements Bm2023Step {
    private final Context ctx;

    Bm2023Steps(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Result exporter(String exporter) {
        return exporters(new int[] {ctx.exporter(exporter)});
    }

    @Override
    public Result exporter(int exporter) {
        return exporters(new int[] {ctx.exporter(exporter)});
    }

    @Override
    public Result exporters() {
        return exporters(ctx.allCountries());
    }

    private Result exporters(int[] s) {
        Frame f = new Bm2023(ctx.model().get()).exporters(s);
        return ctx.result(f, "bm2023.exporter", BM2023, Bm2023Columns.GVC_ANALYZER_EXPORTER);
    }

    @Override
    public Bm2023BilateralStep bilateral(String exporter, String importer) {
        return new Bilateral(new int[][] {ctx.pair(ctx.exporter(exporter), ctx.importer(importer))});
    }

    @Override
    public Bm2023BilateralStep bilateral(int exporter, int importer) {
        return new Bilateral(new int[][] {ctx.pair(ctx.exporter(exporter), ctx.importer(importer))});
    }

    @Override
    public Bm2023BilateralStep bilateral() {
        return new Bilateral(ctx.allPairs());
    }

    private final class Bilateral implements Bm2023BilateralStep {
        private final int[][] pairs;

        Bilateral(int[][] pairs) {
            this.pairs = pairs;
        }

        private Result run(String variant, Function<Bm2023, Frame> f, Map<String, String> names) {
            return ctx.result(f.apply(new Bm2023(ctx.model().get())), "bm2023.bilateral." + variant, BM2023, names);
        }

        @Override
        public Result source() {
            return run("source", b -> b.source(pairs), Bm2023Columns.GVC_ANALYZER_SOURCE);
        }

        @Override
        public Result sink() {
            return run("sink", b -> b.sink(pairs), Bm2023Columns.GVC_ANALYZER_SINK);
        }

        @Override
        public Result pure() {
            return run("pure", b -> b.pure(pairs), Bm2023Columns.GVC_ANALYZER_PURE);
        }
    }
}
