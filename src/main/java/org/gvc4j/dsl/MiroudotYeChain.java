package org.gvc4j.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gvc4j.method.Frame;
import org.gvc4j.method.Keys;
import org.gvc4j.method.my.MiroudotYe;
import org.gvc4j.method.my.MyColumns;
import org.gvc4j.method.tiva.Tiva;
import org.gvc4j.method.tiva.TivaColumns;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.result.Naming;

/** Every {@code miroudotYe()} table step: perimeter, pair and sector level over {@link MiroudotYe}. */
final class MiroudotYeChain extends ClassicChain
        implements MiroudotYeExporterStep, MiroudotYePairStep, MiroudotYePerimeterStep, MiroudotYeSelfStep {
    /** Exvatools' perimeters: the exporting country's (default), the world's, or the flow's own. */
    enum Perimeter {
        COUNTRY, WORLD, SELF
    }

    record Query(int[] exporters, int[] importers, Perimeter perimeter, boolean bySector) {
    }

    private final Query q;

    private MiroudotYeChain(Context ctx, String text, Query q, Memo memo) {
        super(ctx, text, memo);
        this.q = q;
    }

    static MiroudotYeChain of(Context ctx, String text, int[] exporters) {
        return new MiroudotYeChain(ctx, text, new Query(exporters, new int[0], Perimeter.COUNTRY, false), new Memo());
    }

    private MiroudotYeChain next(String verb, Query n) {
        return new MiroudotYeChain(ctx, text + "." + verb, n, memo);
    }

    @Override
    public MiroudotYeChain importer(String importer) {
        return partner(ctx.country(importer, "importer"));
    }

    @Override
    public MiroudotYeChain importer(int importer) {
        return partner(ctx.country(importer, "importer"));
    }

    private MiroudotYeChain partner(int r) {
        ctx.requirePartner(q.exporters(), r);
        return next("importer(" + ctx.quoted(r) + ")", new Query(q.exporters(), new int[] {r}, q.perimeter(), false));
    }

    @Override
    public MiroudotYeChain importers() {
        return next("importers()", new Query(q.exporters(), ctx.allCountries(), q.perimeter(), false));
    }

    @Override
    public MiroudotYeChain world() {
        return next("world()", new Query(q.exporters(), q.importers(), Perimeter.WORLD, false));
    }

    @Override
    public MiroudotYeChain self() {
        return next("self()", new Query(q.exporters(), q.importers(), Perimeter.SELF, false));
    }

    @Override
    public MiroudotYeChain bySector() {
        return next("bySector()", new Query(q.exporters(), q.importers(), q.perimeter(), true));
    }

    @Override
    MeasureTable computeShared() {
        MiroudotYe my = memo.get(MiroudotYe.class, () -> new MiroudotYe(ctx.model().get()));
        boolean pairs = q.importers().length > 0;
        Frame f = switch (q.perimeter()) {
            case COUNTRY -> my.country(KwwChain.level(pairs, q.bySector()));
            case WORLD -> my.world(KwwChain.level(pairs, q.bySector()));
            case SELF -> pairs ? (q.bySector() ? my.sectorPartner() : my.partner()) : my.sector();
        };
        f = only(f, Keys.EXPORTER, q.exporters());
        if (pairs) {
            f = only(f, Keys.IMPORTER, q.importers());
        }
        return table(f, MY, Map.of(Naming.EXVATOOLS, MyColumns.EXVATOOLS));
    }

    /** Every {@code tiva()} table step over {@link Tiva}. */
    static final class TivaChain extends ClassicChain implements TivaCountryStep, TivaPartnerStep {
        private final int[] countries;
        private final int[] partners;
        private final boolean bySector;

        TivaChain(Context ctx, String text, int[] countries, int[] partners, boolean bySector, Memo memo) {
            super(ctx, text, memo);
            this.countries = countries;
            this.partners = partners;
            this.bySector = bySector;
        }

        @Override
        public TivaChain partner(String partner) {
            return partnerIndex(ctx.country(partner, "partner"));
        }

        @Override
        public TivaChain partner(int partner) {
            return partnerIndex(ctx.country(partner, "partner"));
        }

        private TivaChain partnerIndex(int p) {
            return new TivaChain(ctx, text + ".partner(" + ctx.quoted(p) + ")", countries, new int[] {p}, false, memo);
        }

        @Override
        public TivaChain partners() {
            return new TivaChain(ctx, text + ".partners()", countries, ctx.allCountries(), false, memo);
        }

        @Override
        public MeasureTable bySector() {
            return new TivaChain(ctx, text + ".bySector()", countries, partners, true, memo);
        }

        @Override
        MeasureTable computeShared() {
            Tiva t = memo.get(Tiva.class, () -> new Tiva(ctx.model().get()));
            boolean pairs = partners.length > 0;
            Frame f = pairs ? (bySector ? t.detail() : t.bilateral()) : (bySector ? t.sector() : t.country());
            f = only(f, TivaColumns.COUNTRY, countries);
            if (pairs) {
                f = only(f, TivaColumns.PARTNER, partners);
            }
            return table(f, TIVA, Map.of(Naming.EXVATOOLS, TivaColumns.EXVATOOLS));
        }
    }

    /** The rows of two frames with the same keys in the same order, side by side (no arithmetic). */
    static Frame beside(Frame a, Frame b) {
        if (!a.keyNames().equals(b.keyNames()) || a.rowCount() != b.rowCount()) {
            throw new IllegalStateException("bug: frames with keys " + a.keyNames() + " and " + b.keyNames());
        }
        List<String> cols = new ArrayList<>(a.valueNames());
        cols.addAll(b.valueNames());
        Frame out = new Frame(a.keyNames(), cols);
        int na = a.valueNames().size();
        for (int r = 0; r < a.rowCount(); r++) {
            String[] keys = new String[a.keyNames().size()];
            for (int c = 0; c < keys.length; c++) {
                keys[c] = a.key(r, c);
                if (!keys[c].equals(b.key(r, c))) {
                    throw new IllegalStateException("bug: row " + r + " differs in " + a.keyNames().get(c));
                }
            }
            double[] v = new double[cols.size()];
            for (int c = 0; c < cols.size(); c++) {
                v[c] = c < na ? a.value(r, c) : b.value(r, c - na);
            }
            out.add(keys, v);
        }
        ClassicChain.copyNotes(a, out);
        ClassicChain.copyNotes(b, out);
        return out;
    }
}
