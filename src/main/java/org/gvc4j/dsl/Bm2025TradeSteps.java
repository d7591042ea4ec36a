package org.gvc4j.dsl;

import static org.gvc4j.dsl.Context.BM2025;

import java.util.Map;
import org.gvc4j.method.Frame;
import org.gvc4j.method.bm2025.Bm2025Columns;
import org.gvc4j.method.bm2025.TripartiteTrade;
import org.gvc4j.result.Result;

final class Bm2025TradeSteps implements Bm2025TradeStep {
    private final Context ctx;
    private final boolean bySector;

    Bm2025TradeSteps(Context ctx, boolean bySector) {
        this.ctx = ctx;
        this.bySector = bySector;
    }

    private TripartiteTrade method() {
        return new TripartiteTrade(ctx.model().get());
    }

    private Result result(Frame f, String verb, Map<String, String> names) {
        // the seed has no sector-level trade functions, so no seed names there
        return ctx.result(f, "bm2025.trade" + (bySector ? ".bySector." : ".") + verb, BM2025,
                bySector ? Map.of() : names);
    }

    private Result exporters(int[] s, String verb) {
        TripartiteTrade t = method();
        return result(bySector ? t.exportersBySector(s) : t.exporters(s), verb, Bm2025Columns.GVC_ANALYZER_EXPORTER);
    }

    private Result pairs(int[][] p, String verb) {
        TripartiteTrade t = method();
        return result(bySector ? t.pairsBySector(p) : t.pairs(p), verb, Bm2025Columns.GVC_ANALYZER_PAIR);
    }

    @Override
    public Result exporter(String exporter) {
        return exporters(new int[] {ctx.exporter(exporter)}, "exporter");
    }

    @Override
    public Result exporter(int exporter) {
        return exporters(new int[] {ctx.exporter(exporter)}, "exporter");
    }

    @Override
    public Result pair(String exporter, String importer) {
        return pairs(new int[][] {ctx.pair(ctx.exporter(exporter), ctx.importer(importer))}, "pair");
    }

    @Override
    public Result pair(int exporter, int importer) {
        return pairs(new int[][] {ctx.pair(ctx.exporter(exporter), ctx.importer(importer))}, "pair");
    }

    @Override
    public Result pairs() {
        return pairs(ctx.allPairs(), "pairs");
    }

    @Override
    public Result measures() {
        return exporters(ctx.allCountries(), "measures");
    }

    @Override
    public Bm2025TradeStep bySector() {
        return new Bm2025TradeSteps(ctx, true);
    }
}
