package org.gvc4j.dsl;

import java.util.Map;
import org.gvc4j.method.Frame;
import org.gvc4j.method.leontief.Leontief;
import org.gvc4j.method.leontief.LeontiefColumns;
import org.gvc4j.method.leontief.Post;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.result.Naming;

/** Every {@code leontief()} table step: the query value and the method call it asks for. */
final class LeontiefChain extends ClassicChain implements LeontiefOriginStep, LeontiefSectorStep, LeontiefFinalStep {
    /** What V̂B multiplies: exports, output or final demand (Y, by destination). */
    enum Kind {
        EXPORTS, OUTPUT, FINAL_DEMAND
    }

    /** What is asked: the kind, the countries (exporters, countries or destinations), the breakdowns. */
    record Query(Kind kind, int[] countries, boolean bySector, boolean byOriginSector) {
    }

    private final Query q;

    private LeontiefChain(Context ctx, String text, Query q, Memo memo) {
        super(ctx, text, memo);
        this.q = q;
    }

    static LeontiefChain of(Context ctx, String text, Kind kind, int[] countries) {
        return new LeontiefChain(ctx, text, new Query(kind, countries, false, false), new Memo());
    }

    @Override
    public LeontiefChain bySector() {
        return new LeontiefChain(ctx, text + ".bySector()", new Query(q.kind(), q.countries(), true, q.byOriginSector()), memo);
    }

    @Override
    public LeontiefChain byOriginSector() {
        return new LeontiefChain(ctx, text + ".byOriginSector()", new Query(q.kind(), q.countries(), q.bySector(), true), memo);
    }

    @Override
    MeasureTable computeShared() {
        Leontief l = memo.get(Leontief.class, () -> new Leontief(ctx.model().get()));
        if (q.kind() == Kind.FINAL_DEMAND) {
            Frame f = q.byOriginSector() ? l.finalDemand() : l.finalDemandByCountry();
            return table(only(f, LeontiefColumns.DESTINATION, q.countries()), LEONTIEF,
                    Map.of(Naming.EXVATOOLS, LeontiefColumns.EXVATOOLS_VA_FD));
        }
        Post post = q.kind() == Kind.EXPORTS ? Post.EXPORTS : Post.OUTPUT;
        Frame f;
        if (q.bySector() && q.byOriginSector()) {
            f = l.longForm(post);
        } else if (q.bySector()) {
            f = l.bySector(post);
        } else if (q.byOriginSector()) {
            f = l.byOriginSector(post);
        } else {
            f = l.byCountry(post);
        }
        return table(only(f, post.countryKey(), q.countries()), LEONTIEF, post == Post.EXPORTS
                ? Map.of(Naming.EXVATOOLS, LeontiefColumns.EXVATOOLS_VA_EXGR) : Map.of());
    }

    /** {@code hiy()}'s table steps: vertical specialisation by exporter, or by exporting sector. */
    static final class Hiy extends ClassicChain implements HiyExporterStep {
        private final int[] exporters;
        private final boolean bySector;

        Hiy(Context ctx, String text, int[] exporters, boolean bySector, Memo memo) {
            super(ctx, text, memo);
            this.exporters = exporters;
            this.bySector = bySector;
        }

        @Override
        public MeasureTable bySector() {
            return new Hiy(ctx, text + ".bySector()", exporters, true, memo);
        }

        @Override
        MeasureTable computeShared() {
            Leontief l = memo.get(Leontief.class, () -> new Leontief(ctx.model().get()));
            Frame f = bySector ? l.verticalSpecialisationBySector() : l.verticalSpecialisation();
            return table(only(f, LeontiefColumns.EXPORTER, exporters), HIY, Map.of());
        }
    }
}
