package org.gvc4j.model;

/**
 * How value added and gross output are read from a table (methods.md, "Conventions that matter on unbalanced
 * tables"). On a balanced table with residual value added all choices coincide.
 *
 * @param valueAdded which value-added row the multipliers use
 * @param output     which gross output divides Z into A and appears wherever x does in a formula
 */
public record Conventions(ValueAdded valueAdded, Output output) {

    /** Value added: as given in the table, or the column residual x − u Z. */
    public enum ValueAdded {
        /** The VA row of the table (gvcAnalyzer). With taxes and margins in it, v B ≠ u. */
        AS_GIVEN,
        /** x − colSums(Z), so that v B = u (icio, decompr, exvatools). */
        RESIDUAL
    }

    /** Gross output: as given, or recomputed from the rows of Z and Y. */
    public enum Output {
        /** The X column of the table (gvcAnalyzer, icio, decompr). */
        AS_GIVEN,
        /** rowSums(Z) + rowSums(Y), which balances the table (exvatools). */
        ROW_SUMS
    }

    /** The default: residual value added, output as given (icio, decompr). */
    public static final Conventions DEFAULT = new Conventions(ValueAdded.RESIDUAL, Output.AS_GIVEN);
    /** The seed package gvcAnalyzer: value added and output as given. Reproduces its {@code bm_*} outputs. */
    public static final Conventions GVC_ANALYZER = new Conventions(ValueAdded.AS_GIVEN, Output.AS_GIVEN);
    /** exvatools: output recomputed from rows, residual value added (a balanced table). */
    public static final Conventions EXVATOOLS = new Conventions(ValueAdded.RESIDUAL, Output.ROW_SUMS);

    public Conventions {
        if (valueAdded == null || output == null) {
            throw new IllegalArgumentException("conventions must not be null");
        }
    }

    @Override
    public String toString() {
        return "value added " + valueAdded.name().toLowerCase().replace('_', ' ')
                + ", output " + output.name().toLowerCase().replace('_', ' ');
    }
}
