package org.gvc4j.model;

import java.util.List;

/**
 * What a table derives, read-only: the model every method computes from ({@code io.derived()}). Matrices are
 * {@link MatrixView}s and vectors are copies, so nothing read here can change a later result. Methods themselves
 * work on the {@link LeontiefModel} the table keeps to itself; to call a method class directly, build your own model
 * with {@link LeontiefModel#of(IoTable, Conventions)}.
 */
public final class ModelView {
    private final LeontiefModel m;

    ModelView(LeontiefModel m) {
        this.m = m;
    }

    public Labels labels() {
        return m.labels();
    }

    public Conventions conventions() {
        return m.conventions();
    }

    /** The threads the table's methods use. */
    public Execution execution() {
        return m.execution();
    }

    /** Notes about the input (zero-output industries, negative recomputed output, ...). */
    public List<String> notes() {
        return m.notes();
    }

    /** A = Z diag(x)⁻¹ (n×n). */
    public MatrixView coefficients() {
        return new MatrixView(m.coefficients());
    }

    /** B = (I − A)⁻¹ (n×n). */
    public MatrixView leontief() {
        return new MatrixView(m.leontief());
    }

    /** Y by destination country (n×G). */
    public MatrixView finalDemand() {
        return new MatrixView(m.finalDemand());
    }

    /** E (n×G): column r holds the exports of every industry to r (zero in r's own block). */
    public MatrixView bilateralExports() {
        return new MatrixView(m.bilateralExports());
    }

    /** L_ss = (I − A_ss)⁻¹ of country s (N×N, 0-based). */
    public MatrixView localInverse(int s) {
        return new MatrixView(m.localInverse(s));
    }

    /** x (n), the output the conventions use (a copy). */
    public double[] output() {
        return m.output();
    }

    /** v (n), value added per unit of output (a copy). */
    public double[] vaCoefficients() {
        return m.vaCoefficients();
    }

    /** The derived quantities computed so far for this table (e.g. {@code [BY, KWW terms]}). */
    public List<String> derivedSoFar() {
        return m.derivedSoFar();
    }

    @Override
    public String toString() {
        return "derived model of " + m.table().name() + " (" + m.countries() + " countries x " + m.sectors()
                + " sectors; " + m.conventions() + "; " + m.execution() + ")";
    }
}
