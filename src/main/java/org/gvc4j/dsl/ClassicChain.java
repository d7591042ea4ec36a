package org.gvc4j.dsl;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.gvc4j.method.Frame;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.result.MeasureTables;
import org.gvc4j.result.Naming;

/**
 * The shared part of the classic-method steps (Leontief/HIY, KWW, WWZ, Miroudot–Ye, TiVA, WWYZ, upstreamness,
 * downstreamness, APL, Koopman, RCA): the method packages compute every country at once, so a step keeps its choice
 * of countries as a row filter on the method's frame. No arithmetic here.
 */
abstract class ClassicChain extends Chain {
    static final String LEONTIEF = "Leontief (1936); Hummels, Ishii & Yi (2001); decompr, exvatools";
    static final String HIY = "Hummels, Ishii & Yi (2001)";
    static final String KWW = "Koopman, Wang & Wei (2014)";
    static final String WWZ = "Wang, Wei & Zhu (2013), NBER WP 19677";
    static final String MY = "Miroudot & Ye (2021)";
    static final String TIVA = "OECD TiVA indicators (Guide, 2023 edition); Johnson & Noguera (2012)";
    static final String WWYZ = "Wang, Wei, Yu & Zhu (2017), NBER WP 23222 and 23261";
    static final String AC = "Antràs & Chor (2018); Antràs, Chor, Fally & Hillberry (2012); Fally (2012)";
    static final String APL = "Dietzenbacher, Romero & Bosma (2005)";
    static final String KPWW = "Koopman, Powers, Wang & Wei (2010), NBER WP 16426";
    static final String RCA = "Balassa (1965); Koopman, Wang & Wei (2014)";

    /** The method's table under gvc4j's names; called under the step tree's lock (method objects are shared). */
    abstract MeasureTable computeShared();

    @Override
    final MeasureTable compute() {
        synchronized (memo) {
            return computeShared();
        }
    }

    /** The method objects of this step tree, shared with the steps derived from it (see {@link Memo}). */
    final Memo memo;

    ClassicChain(Context ctx, String text, Memo memo) {
        super(ctx, text);
        this.memo = memo;
    }

    /**
     * The method objects (Wwyz, Leontief, ...) of one step and the steps derived from it: {@code w = wwyz().countries()}
     * and {@code w.bySector()} share one {@code Wwyz}, as a program that calls the method class once for every level
     * would. What is costly to derive (KWW's and TiVA's terms, the WWZ and icio cubes, BY) the table itself keeps for
     * every step ({@code LeontiefModel.derived}); this only saves the method objects' own set-up. Held by the steps,
     * not statically: it goes with them.
     */
    static final class Memo {
        private final java.util.Map<Class<?>, Object> objects = new java.util.HashMap<>();

        synchronized <T> T get(Class<T> type, java.util.function.Supplier<T> make) {
            Object o = objects.get(type);
            if (o == null) {
                o = make.get();
                objects.put(type, o);
            }
            return type.cast(o);
        }
    }

    /**
     * Only the rows whose {@code key} column names one of {@code countries} (every country: the frame as it is).
     */
    final Frame only(Frame f, String key, int[] countries) {
        if (countries.length == ctx.labels().countryCount()) {
            return f;
        }
        Set<String> keep = new HashSet<>();
        for (int c : countries) {
            keep.add(ctx.labels().country(c));
        }
        int k = f.keyNames().indexOf(key);
        if (k < 0) {
            throw new IllegalStateException("bug: no key column " + key + " in " + f.keyNames());
        }
        Frame out = new Frame(f.keyNames(), f.valueNames());
        String[] row = new String[f.keyNames().size()];
        double[] vals = new double[f.valueNames().size()];
        for (int r = 0; r < f.rowCount(); r++) {
            if (!keep.contains(f.key(r, k))) {
                continue;
            }
            for (int c = 0; c < row.length; c++) {
                row[c] = f.key(r, c);
            }
            for (int c = 0; c < vals.length; c++) {
                vals[c] = f.value(r, c);
            }
            out.add(row, vals);
        }
        copyNotes(f, out);
        return out;
    }

    /**
     * The notes of {@code from} that {@code to} does not have, except the summaries of missing values, which
     * {@code to} makes from its own rows.
     */
    static void copyNotes(Frame from, Frame to) {
        for (String note : from.notes()) {
            if (!note.contains(": missing (zero denominator) in ") && !to.notes().contains(note)) {
                to.note(note);
            }
        }
    }

    /** A table under gvc4j's names, the model's notes added once. */
    final MeasureTable table(Frame f, String paper, Map<Naming, Map<String, String>> aliases) {
        for (String note : ctx.model().get().notes()) {
            if (!f.notes().contains(note)) {
                f.note(note);
            }
        }
        return MeasureTables.of(f, text, paper, ctx.source(), Naming.GVC4J, aliases);
    }

    /** The text of a choice of one country: {@code prefix.verb("CHN")}. */
    static String one(Context ctx, String prefix, String verb, int country) {
        return Steps.one(ctx, prefix, verb, country);
    }
}
