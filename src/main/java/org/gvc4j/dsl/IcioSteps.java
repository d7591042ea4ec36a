package org.gvc4j.dsl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.method.icio.Combination;
import org.gvc4j.method.icio.CountryGroups;
import org.gvc4j.method.icio.Flow;
import org.gvc4j.method.icio.Icio;
import org.gvc4j.method.icio.IcioColumns;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.result.MeasureTables;
import org.gvc4j.result.Naming;
import org.gvc4j.source.OutputFiles;

/** {@code icio()}: the choice of flow, and the data-driven computations by {@link Combination}. */
final class IcioSteps implements IcioStep {
    private final Context ctx;

    IcioSteps(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public IcioExporterStep exporter(String exporter) {
        int k = ctx.country(exporter, "exporter");
        return IcioChain.of(ctx, Steps.one(ctx, "icio()", "exporter", k), new int[] {k});
    }

    @Override
    public IcioExporterStep exporter(int exporter) {
        int k = ctx.country(exporter, "exporter");
        return IcioChain.of(ctx, Steps.one(ctx, "icio()", "exporter", k), new int[] {k});
    }

    @Override
    public IcioExporterStep exporters() {
        return IcioChain.of(ctx, "icio().exporters()", ctx.allCountries());
    }

    @Override
    public IcioGroupStep group(String name, String... members) {
        List<String> quoted = new ArrayList<>();
        quoted.add(Context.quote(name));
        for (String m : members) {
            quoted.add(Context.quote(m));
        }
        Map<String, List<String>> one = new LinkedHashMap<>();
        one.put(name, List.of(members));
        return IcioChain.of(ctx, "icio().group(" + String.join(", ", quoted) + ")",
                CountryGroups.of(one, ctx.labels()));
    }

    @Override
    public IcioGroupStep groups(Map<String, List<String>> groups) {
        return IcioChain.of(ctx, "icio().groups(" + groups + ")", CountryGroups.of(groups, ctx.labels()));
    }

    @Override
    public IcioImporterStep importer(String importer) {
        int k = ctx.country(importer, "importer");
        return new IcioImportChain(ctx, Steps.one(ctx, "icio()", "importer", k), new int[] {k}, false);
    }

    @Override
    public IcioImporterStep importer(int importer) {
        int k = ctx.country(importer, "importer");
        return new IcioImportChain(ctx, Steps.one(ctx, "icio()", "importer", k), new int[] {k}, false);
    }

    @Override
    public IcioImporterStep importers() {
        return new IcioImportChain(ctx, "icio().importers()", ctx.allCountries(), false);
    }

    @Override
    public MeasureTable compute(Combination combination) {
        return compute(new Icio(ctx.model().get()), combination).named(ctx.naming());
    }

    private MeasureTable compute(Icio icio, Combination c) {
        return ctx.table(icio.compute(c.validated()), "icio().compute(" + Context.quote(c.toString()) + ")",
                Context.ICIO, Map.of(Naming.ICIO, c.flow() == Flow.EXPORTS ? IcioColumns.ICIO_EXPORTS
                        : IcioColumns.ICIO_IMPORTS));
    }

    @Override
    public MeasureTable compute(String combination) {
        return compute(Combination.parse(combination));
    }

    @Override
    public List<Combination> combinations() {
        return Combination.supported();
    }

    @Override
    public List<Path> writeAll(Path folder) {
        return writeAll(folder, Combination.supported());
    }

    @Override
    public List<Path> writeAll(Path folder, List<Combination> combinations) {
        Icio icio = new Icio(ctx.model().get());
        // all or nothing: the files are written into a staging folder and moved into place once all are complete
        return OutputFiles.writeFolder(folder, staging -> {
            List<Path> out = new ArrayList<>();
            for (Combination c : combinations) {
                // streamed: each row is written as it is made, never the whole result as a data frame (at EXIOBASE
                // size the sector-pair sets); byte for byte what compute(c).named(ICIO).saveCsv(..) writes
                c.validated();
                MeasureTables.saveCsvStreamed(staging.resolve(c.fileName()), c.flow() == Flow.EXPORTS
                        ? IcioColumns.ICIO_EXPORTS : IcioColumns.ICIO_IMPORTS, rows -> icio.compute(c, rows));
                out.add(folder.resolve(c.fileName()));
            }
            return out;
        });
    }
}
