package org.gvc4j;

import java.util.List;
import org.gvc4j.dsl.DecomposeStep;
import org.gvc4j.dsl.Steps;
import org.gvc4j.model.Conventions;
import org.gvc4j.model.Execution;
import org.gvc4j.model.IoTable;
import org.gvc4j.model.LeontiefModel;
import org.gvc4j.model.ModelView;
import org.gvc4j.result.Naming;
import org.jspecify.annotations.Nullable;

/**
 * An MRIO table with the conventions that turn it into coefficients: the context of every decomposition.
 * Immutable. The table owns its derived state: the Leontief model is computed on first use, and everything methods
 * derive from it (icio's BY and cubes, the WWZ cube, KWW's and TiVA's terms, ...) is kept with it, so each is computed
 * once per table however many chains ask (thread-safe). {@link #derived()} shows it read-only. How many threads its
 * computations use is the table's own setting ({@link #withExecution}), so tables can run side by side.
 */
public final class MrioTable {
    private final IoTable data;
    private final Conventions conventions;
    private final Naming naming;
    private final Execution execution;
    /** The derived model, shared with the copies that differ only in naming. */
    private final Derived derived;

    public MrioTable(IoTable data, Conventions conventions) {
        this(data, conventions, Naming.GVC4J, Execution.DEFAULT, new Derived());
    }

    private MrioTable(IoTable data, Conventions conventions, Naming naming, Execution execution, Derived derived) {
        this.data = data;
        this.conventions = conventions;
        this.naming = naming;
        this.execution = execution;
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
        return other.equals(conventions) ? this : new MrioTable(data, other, naming, execution, new Derived());
    }

    /**
     * The same table whose results carry another naming (printed, saved, converted, and read by name), e.g.
     * {@code withNaming(Naming.GVC_ANALYZER)} for gvcAnalyzer's column names. The numbers do not change.
     */
    public MrioTable withNaming(Naming other) {
        return other == naming ? this : new MrioTable(data, conventions, other, execution, derived);
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
        return new MrioTable(groups.applyTo(data), conventions, naming, execution, new Derived());
    }

    /**
     * The same table whose computations use the given threads, e.g. {@code Execution.threads(1)} for each table of a
     * panel run side by side. The numbers do not change; the derived state is computed afresh under the new setting.
     */
    public MrioTable withExecution(Execution other) {
        return other.equals(execution) ? this
                : new MrioTable(data, conventions, naming, other, new Derived());
    }

    /** The threads this table's computations use ({@link Execution#DEFAULT}: every core). */
    public Execution getExecution() {
        return execution;
    }

    /**
     * What this table derives, read-only: A, B, Y, E as {@link org.gvc4j.model.MatrixView}s, x and v as copies,
     * the notes, and which derived quantities exist so far. Computes the model if no chain has yet.
     */
    public ModelView derived() {
        return model().view();
    }

    /** The derived Leontief model (computed once, on first call); methods' own, never handed to users. */
    private LeontiefModel model() {
        LeontiefModel m = derived.model;
        if (m == null) {
            synchronized (derived) {
                m = derived.model;
                if (m == null) {
                    m = LeontiefModel.of(data, conventions, execution);
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
                + " sectors; " + conventions + (naming == Naming.GVC4J ? "" : "; " + naming + " names")
                + (execution.equals(Execution.DEFAULT) ? "" : "; " + execution) + ")";
    }
}
