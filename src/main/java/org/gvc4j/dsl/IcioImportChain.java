package org.gvc4j.dsl;

import java.util.Map;
import org.gvc4j.method.icio.Icio;
import org.gvc4j.method.icio.IcioColumns;
import org.gvc4j.method.icio.Level;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.result.Naming;

/** icio's imports of the chosen importers, by importer or by importer and origin. */
final class IcioImportChain extends Chain implements IcioImporterStep {
    private final int[] importers;
    private final boolean byOrigin;

    IcioImportChain(Context ctx, String text, int[] importers, boolean byOrigin) {
        super(ctx, text);
        this.importers = importers;
        this.byOrigin = byOrigin;
    }

    @Override
    public IcioImportChain byOrigin() {
        return new IcioImportChain(ctx, text + ".byOrigin()", importers, true);
    }

    @Override
    MeasureTable compute() {
        return ctx.table(new Icio(ctx.model().get()).imports(byOrigin ? Level.ORIGIN : Level.COUNTRY, importers), text,
                Context.ICIO, Map.of(Naming.ICIO, IcioColumns.ICIO_IMPORTS));
    }
}
