package org.gvc4j.icio;

import java.util.function.Function;
import org.gvc4j.dsl.IcioApproachStep;
import org.gvc4j.dsl.IcioExporterStep;
import org.gvc4j.dsl.IcioPairStep;
import org.gvc4j.dsl.IcioWorldApproachStep;
import org.gvc4j.result.MeasureTable;

/**
 * One of the additive perspectives (exporter or world) with one approach (source or sink), applied to a step: the
 * exporter perspective and the world perspective are different step types, so a test that runs both gives the rest
 * of the chain once for each.
 */
record Variant(boolean world, boolean sink) {
    static final java.util.List<Variant> ALL = java.util.List.of(new Variant(false, false), new Variant(false, true),
            new Variant(true, false), new Variant(true, true));

    MeasureTable apply(IcioExporterStep x, Function<IcioApproachStep, MeasureTable> exporter,
                       Function<IcioWorldApproachStep, MeasureTable> world) {
        if (this.world) {
            return world.apply(sink ? x.world().sink() : x.world());
        }
        return exporter.apply(sink ? x.sink() : x);
    }

    MeasureTable apply(IcioPairStep x, Function<IcioApproachStep, MeasureTable> exporter,
                       Function<IcioWorldApproachStep, MeasureTable> world) {
        if (this.world) {
            return world.apply(sink ? x.world().sink() : x.world());
        }
        return exporter.apply(sink ? x.sink() : x);
    }

    MeasureTable rows(IcioExporterStep x) {
        return apply(x, e -> e, w -> w);
    }

    MeasureTable rows(IcioPairStep x) {
        return apply(x, e -> e, w -> w);
    }

    MeasureTable bySector(IcioExporterStep x) {
        return apply(x, IcioApproachStep::bySector, IcioWorldApproachStep::bySector);
    }

    MeasureTable bySector(IcioPairStep x) {
        return apply(x, IcioApproachStep::bySector, IcioWorldApproachStep::bySector);
    }
}
