package org.gvc4j;

import java.util.List;
import org.gvc4j.dsl.DecomposeStep;
import org.gvc4j.dsl.Steps;
import org.gvc4j.model.Conventions;
import org.gvc4j.model.IoTable;
import org.gvc4j.model.LeontiefModel;

/**
 * An MRIO table with the conventions that turn it into coefficients: the context of every decomposition.
 * Immutable; the derived Leontief model is computed on first use and shared by all decompositions of this object
 * (thread-safe).
 */
public final class MrioTable {
    private final IoTable data;
    private final Conventions conventions;
    private volatile LeontiefModel model;

    public MrioTable(IoTable data, Conventions conventions) {
        this.data = data;
        this.conventions = conventions;
    }

    /** Start a decomposition: {@code io.decompose().bm2025().trade().exporter("China")}. */
    public DecomposeStep decompose() {
        return Steps.decompose(data.labels(), this::model, getName() + ", " + conventions);
    }

    /** The same table under other conventions, e.g. {@code Conventions.GVC_ANALYZER} to reproduce the seed. */
    public MrioTable withConventions(Conventions other) {
        return other.equals(conventions) ? this : new MrioTable(data, other);
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
        LeontiefModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = LeontiefModel.of(data, conventions);
                    model = m;
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

    @Override
    public String toString() {
        return "MrioTable " + getName() + " (" + getCountries().size() + " countries x " + getSectors().size()
                + " sectors; " + conventions + ")";
    }
}
