package org.gvc4j.dsl;

import java.util.function.Supplier;
import org.gvc4j.model.Labels;
import org.gvc4j.model.LeontiefModel;

/** Entry into the step implementations; used by {@code MrioTable.decompose()}, not by users. */
public final class Steps {
    private Steps() {
    }

    /**
     * @param labels the table's labels (resolving names needs no model)
     * @param model  the derived model, computed on first use and cached by the caller
     * @param source the table's name and conventions, for result metadata
     */
    public static DecomposeStep decompose(Labels labels, Supplier<LeontiefModel> model, String source) {
        Context ctx = new Context(labels, model, source);
        return new DecomposeStep() {
            @Override
            public Bm2023Step bm2023() {
                return new Bm2023Steps(ctx);
            }

            @Override
            public IcioStep icio() {
                return new IcioSteps(ctx);
            }

            @Override
            public Bm2025Step bm2025() {
                return new Bm2025Step() {
                    @Override
                    public Bm2025TradeStep trade() {
                        return new Bm2025TradeSteps(ctx, false);
                    }

                    @Override
                    public Bm2025OutputStep output() {
                        return new Bm2025OutputSteps(ctx, false);
                    }
                };
            }
        };
    }
}
