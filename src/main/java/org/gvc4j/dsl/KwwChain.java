package org.gvc4j.dsl;

import java.util.HashMap;
import java.util.Map;
import org.gvc4j.method.Frame;
import org.gvc4j.method.icio.Level;
import org.gvc4j.method.kww.Kww;
import org.gvc4j.method.kww.KwwColumns;
import org.gvc4j.method.wwz.Wwz;
import org.gvc4j.method.wwz.WwzColumns;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.result.Naming;

/**
 * Every {@code kww()} and {@code wwz()} table step. KWW at country level is {@link Kww}; below it (pairs, sectors) it
 * is WWZ's mapping to the nine terms ({@link Wwz#kww}, {@link Wwz#standard}), as decompr's {@code wwz2kww}.
 */
final class KwwChain extends ClassicChain implements KwwExporterStep, KwwPairStep, KwwTermsStep {
    /** What is asked: exporters, importers (empty: totals), by sector, decompr's closure of T9, the nine terms. */
    record Query(int[] exporters, int[] importers, boolean bySector, boolean residual, boolean terms) {
    }

    private final Query q;

    private KwwChain(Context ctx, String text, Query q, Memo memo) {
        super(ctx, text, memo);
        this.q = q;
    }

    static KwwChain of(Context ctx, String text, int[] exporters) {
        return new KwwChain(ctx, text, new Query(exporters, new int[0], false, false, false), new Memo());
    }

    private KwwChain next(String verb, Query n) {
        return new KwwChain(ctx, text + "." + verb, n, memo);
    }

    @Override
    public KwwChain importer(String importer) {
        return partner(ctx.country(importer, "importer"));
    }

    @Override
    public KwwChain importer(int importer) {
        return partner(ctx.country(importer, "importer"));
    }

    private KwwChain partner(int r) {
        ctx.requirePartner(q.exporters(), r);
        return next("importer(" + ctx.quoted(r) + ")", new Query(q.exporters(), new int[] {r}, false, false, false));
    }

    @Override
    public KwwChain importers() {
        return next("importers()", new Query(q.exporters(), ctx.allCountries(), false, false, false));
    }

    @Override
    public KwwChain bySector() {
        return next("bySector()", new Query(q.exporters(), q.importers(), true, false, false));
    }

    @Override
    public KwwChain fdcResidual() {
        return next("fdcResidual()", new Query(q.exporters(), q.importers(), false, true, false));
    }

    @Override
    public MeasureTable withTerms() {
        return next("withTerms()", new Query(q.exporters(), q.importers(), q.bySector(), q.residual(), true));
    }

    static Level level(boolean pairs, boolean bySector) {
        if (pairs) {
            return bySector ? Level.SECTOR_PAIR : Level.PAIR;
        }
        return bySector ? Level.SECTOR : Level.COUNTRY;
    }

    @Override
    MeasureTable computeShared() {
        boolean pairs = q.importers().length > 0;
        Frame f;
        if (!pairs && !q.bySector()) {
            Kww k = memo.get(Kww.class, () -> new Kww(ctx.model().get()));
            Kww.Closure closure = q.residual() ? Kww.Closure.RESIDUAL : Kww.Closure.FORMULA;
            f = q.terms() ? k.terms(closure) : k.standard(closure);
        } else {
            Wwz w = memo.get(Wwz.class, () -> new Wwz(ctx.model().get()));
            Level level = level(pairs, q.bySector());
            f = q.terms() ? w.kww(level) : w.standard(level);
        }
        f = only(f, KwwColumns.EXPORTER, q.exporters());
        if (pairs) {
            f = only(f, KwwColumns.IMPORTER, q.importers());
        }
        return table(f, KWW, Map.of(Naming.EXVATOOLS, q.terms()
                ? merge(KwwColumns.EXVATOOLS, KwwColumns.EXVATOOLS_TERMS) : KwwColumns.EXVATOOLS));
    }

    static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> m = new HashMap<>(a);
        m.putAll(b);
        return m;
    }

    /** Every {@code wwz()} table step: the sixteen terms at the level asked. */
    static final class WwzChain extends ClassicChain implements WwzExporterStep, WwzPairStep {
        private final int[] exporters;
        private final int[] importers;
        private final boolean bySector;

        WwzChain(Context ctx, String text, int[] exporters, int[] importers, boolean bySector, Memo memo) {
            super(ctx, text, memo);
            this.exporters = exporters;
            this.importers = importers;
            this.bySector = bySector;
        }

        @Override
        public WwzChain importer(String importer) {
            return partner(ctx.country(importer, "importer"));
        }

        @Override
        public WwzChain importer(int importer) {
            return partner(ctx.country(importer, "importer"));
        }

        private WwzChain partner(int r) {
            ctx.requirePartner(exporters, r);
            return new WwzChain(ctx, text + ".importer(" + ctx.quoted(r) + ")", exporters, new int[] {r}, false, memo);
        }

        @Override
        public WwzChain importers() {
            return new WwzChain(ctx, text + ".importers()", exporters, ctx.allCountries(), false, memo);
        }

        @Override
        public MeasureTable bySector() {
            return new WwzChain(ctx, text + ".bySector()", exporters, importers, true, memo);
        }

        @Override
        MeasureTable computeShared() {
            boolean pairs = importers.length > 0;
            Frame f = memo.get(Wwz.class, () -> new Wwz(ctx.model().get())).terms(level(pairs, bySector));
            f = only(f, WwzColumns.EXPORTER, exporters);
            if (pairs) {
                f = only(f, WwzColumns.IMPORTER, importers);
            }
            return table(f, WWZ, Map.of(Naming.EXVATOOLS, merge(KwwColumns.EXVATOOLS, WwzColumns.EXVATOOLS_TERMS)));
        }
    }
}
