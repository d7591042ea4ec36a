package org.gvc4j.dsl;

import java.util.Map;
import org.gvc4j.method.Frame;
import org.gvc4j.method.apl.Apl;
import org.gvc4j.method.apl.AplColumns;
import org.gvc4j.method.koopman.Koopman;
import org.gvc4j.method.koopman.KoopmanColumns;
import org.gvc4j.method.rca.Rca;
import org.gvc4j.method.rca.RcaColumns;
import org.gvc4j.method.upstreamness.Upstreamness;
import org.gvc4j.method.wwyz.Wwyz;
import org.gvc4j.method.wwyz.WwyzColumns;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.result.Naming;

/**
 * Every position-measure table step ({@code wwyz()}, {@code upstreamness()}, {@code downstreamness()}, {@code apl()},
 * {@code koopman()}): one row per country, or per country and sector.
 */
final class PositionChain extends ClassicChain implements PositionCountryStep {
    /** The measure. */
    enum Kind {
        WWYZ, UPSTREAMNESS, DOWNSTREAMNESS, APL, KOOPMAN
    }

    private final Kind kind;
    private final int[] countries;
    private final boolean bySector;

    PositionChain(Context ctx, String text, Kind kind, int[] countries, boolean bySector, Memo memo) {
        super(ctx, text, memo);
        this.kind = kind;
        this.countries = countries;
        this.bySector = bySector;
    }

    @Override
    public MeasureTable bySector() {
        return new PositionChain(ctx, text + ".bySector()", kind, countries, true, memo);
    }

    @Override
    MeasureTable computeShared() {
        var m = ctx.model().get();
        Map<Naming, Map<String, String>> none = Map.of();
        return switch (kind) {
            case WWYZ -> {
                Wwyz w = memo.get(Wwyz.class, () -> new Wwyz(m));
                Frame f = bySector ? MiroudotYeChain.beside(w.participationBySector(), w.lengthBySector())
                        : MiroudotYeChain.beside(w.participationByCountry(), w.lengthByCountry());
                yield table(only(f, WwyzColumns.COUNTRY, countries), WWYZ, none);
            }
            case UPSTREAMNESS -> {
                Upstreamness u = memo.get(Upstreamness.class, () -> new Upstreamness(m));
                Frame f = bySector ? u.upstreamnessBySector() : u.upstreamnessByCountry();
                yield table(only(f, WwyzColumns.COUNTRY, countries), AC, none);
            }
            case DOWNSTREAMNESS -> {
                Upstreamness u = memo.get(Upstreamness.class, () -> new Upstreamness(m));
                Frame f = bySector ? u.downstreamnessBySector() : u.downstreamnessByCountry();
                yield table(only(f, WwyzColumns.COUNTRY, countries), AC, none);
            }
            case APL -> {
                Apl a = memo.get(Apl.class, () -> new Apl(m));
                Frame f = bySector ? only(a.bySector(), AplColumns.COUNTRY, countries)
                        : only(a.byCountryPair(), AplColumns.FROM_COUNTRY, countries);
                yield table(f, APL, none);
            }
            case KOOPMAN -> {
                Koopman k = memo.get(Koopman.class, () -> new Koopman(m));
                Frame f = bySector ? k.bySector() : k.byCountry();
                yield table(only(f, KoopmanColumns.COUNTRY, countries), KPWW,
                        Map.of(Naming.EXVATOOLS, KoopmanColumns.EXVATOOLS));
            }
        };
    }

    /** Every {@code rca()} table step. */
    static final class RcaChain extends ClassicChain implements RcaCountryStep {
        private final int[] countries;
        private final boolean valueAdded;

        RcaChain(Context ctx, String text, int[] countries, boolean valueAdded, Memo memo) {
            super(ctx, text, memo);
            this.countries = countries;
            this.valueAdded = valueAdded;
        }

        @Override
        public MeasureTable valueAdded() {
            return new RcaChain(ctx, text + ".valueAdded()", countries, true, memo);
        }

        @Override
        MeasureTable computeShared() {
            Rca r = memo.get(Rca.class, () -> new Rca(ctx.model().get()));
            Frame f = valueAdded ? r.valueAddedBySector() : r.grossBySector();
            return table(only(f, RcaColumns.COUNTRY, countries), RCA, Map.of());
        }
    }
}
