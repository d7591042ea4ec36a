package org.gvc4j;

import java.util.List;
import org.gvc4j.dsl.DecomposeStep;
import org.gvc4j.dsl.Steps;
import org.gvc4j.model.Conventions;
import org.gvc4j.model.IoTable;
import org.gvc4j.model.LeontiefModel;
import org.gvc4j.result.Naming;
import org.jspecify.annotations.Nullable;

/**
 * An MRIO table with the conventions that turn it into coefficients: the context of every decomposition.
 * Immutable; the derived Leontief model is computed on first use and shared by all decompositions of this object
 * (thread-safe).
 */
public final class MrioTable {
    private final IoTable data;
    private final Conventions conventions;
    private final Naming naming;
    /** The derived model, shared with the copies that differ only in naming. */
    private final Derived derived;

    public MrioTable(IoTable data, Conventions conventions) {
        this(data, conventions, Naming.GVC4J, new Derived());
    }

    private MrioTable(IoTable data, Conventions conventions, Naming naming, Derived derived) {
        this.data = data;
        this.conventions = conventions;
        this.naming = naming;
        this.derived = derived;
    }

    /** The lazily computed Leontief model of one (table, conventions). */
    private static final class Derived {
        private volatile @Nullable LeontiefModel model;
    }

    /** Start a decomposition: {@code io.decompose().bm2025().trade().exporter("China")}. */
    public DecomposeStep decompose() {
        return Steps.decompose(data.labels(), this::model, getName() + ", " + conventions, naming);
    }

    /** The same table under other conventions, e.g. {@code Conventions.GVC_ANALYZER} to reproduce the seed. */
    public MrioTable withConventions(Conventions other) {
        return other.equals(conventions) ? this : new MrioTable(data, other, naming, new Derived());
    }

    /**
     * The same table whose results carry another naming (printed, saved, converted, and read by name), e.g.
     * {@code withNaming(Naming.GVC_ANALYZER)} for gvcAnalyzer's column names. The numbers do not change.
     */
    public MrioTable withNaming(Naming other) {
        return other == naming ? this : new MrioTable(data, conventions, other, derived);
    }

    /**
     * The same table as a peer package would compute and name it: its conventions and its names, in one call.
     * {@code Gvc.load(dir).like(Naming.GVC_ANALYZER)} reproduces gvcAnalyzer's {@code bm_*} outputs, column names
     * included.
     */
    public MrioTable like(Naming peer) {
        return withConventions(peer.conventions()).withNaming(peer);
    }

    /** The same table with value added as given or as the residual X − colSums(Z). */
    public MrioTable withValueAdded(Conventions.ValueAdded valueAdded) {
        return withConventions(new Conventions(valueAdded, conventions.output()));
    }

    /** The same table with output as given or recomputed from rows. */
    public MrioTable withOutput(Conventions.Output output) {
        return withConventions(new Conventions(conventions.valueAdded(), output));
    }

    /**
     * The table with countries and/or sectors merged into groups, under the same conventions:
     * {@code io.aggregate(Aggregation.countries(Groups.shipped("eu27")))}.
     */
    public MrioTable aggregate(org.gvc4j.source.Aggregation groups) {
        return new MrioTable(groups.applyTo(data), conventions);
    }

    /** The derived Leontief model (computed once, on first call). */
    public LeontiefModel model() {
        LeontiefModel m = derived.model;
        if (m == null) {
            synchronized (derived) {
                m = derived.model;
                if (m == null) {
                    m = LeontiefModel.of(data, conventions);
                    derived.model = m;
                }
            }
        }
        return m;
    }

    /** The table as read. */
    public IoTable getData() {
        return data;
    }

    public String getName() {
        return data.name();
    }

    public List<String> getCountries() {
        return data.labels().countries();
    }

    public List<String> getSectors() {
        return data.labels().sectors();
    }

    /** n = countries × sectors. */
    public int getSize() {
        return data.labels().size();
    }

    public Conventions getConventions() {
        return conventions;
    }

    /** The names its results carry ({@link Naming#GVC4J} unless set with {@link #withNaming} or {@link #like}). */
    public Naming getNaming() {
        return naming;
    }

    @Override
    public String toString() {
        return "MrioTable " + getName() + " (" + getCountries().size() + " countries x " + getSectors().size()
                + " sectors; " + conventions + (naming == Naming.GVC4J ? "" : "; " + naming + " names") + ")";
    }
}
