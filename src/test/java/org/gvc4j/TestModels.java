package org.gvc4j;

import org.gvc4j.model.LeontiefModel;

/**
 * The Leontief model of a table, for tests that call method classes directly ({@code new Wwz(model)}): built from
 * the table's data, conventions and execution, as {@code MrioTable} builds its own (which it never hands out).
 */
public final class TestModels {
    private TestModels() {
    }

    public static LeontiefModel of(MrioTable io) {
        return LeontiefModel.of(io.getData(), io.getConventions(), io.getExecution());
    }
}
