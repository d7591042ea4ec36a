package org.gvc4j.dsl;

import java.nio.file.Path;
import org.gvc4j.source.OutputFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gvc4j.error.GvcException;
import org.gvc4j.method.Frame;
import org.gvc4j.method.icio.Approach;
import org.gvc4j.method.icio.Combination;
import org.gvc4j.method.icio.CountryGroups;
import org.gvc4j.method.icio.Flow;
import org.gvc4j.method.icio.Icio;
import org.gvc4j.method.icio.IcioColumns;
import org.gvc4j.method.icio.Level;
import org.gvc4j.method.icio.Perspective;
import org.gvc4j.method.icio.SectorGroups;
import org.gvc4j.result.Naming;
import org.gvc4j.result.Result;

final class IcioSteps implements IcioStep {
    static final String PAPER = "Borin & Mancini (2023); Stata icio (Belotti, Borin & Mancini 2021)";
    private final Context ctx;

    IcioSteps(Context ctx) {
        this.ctx = ctx;
    }

    static Result result(Context ctx, Frame f, Combination c) {
        return ctx.result(f, "icio." + c.toString().replace('_', '.'), PAPER,
                c.flow() == Flow.EXPORTS ? IcioColumns.ICIO_EXPORTS : IcioColumns.ICIO_IMPORTS);
    }

    @Override
    public IcioExportStep exporter(String exporter) {
        return Exports.of(ctx, new int[] {ctx.exporter(exporter)});
    }

    @Override
    public IcioExportStep exporter(int exporter) {
        return Exports.of(ctx, new int[] {ctx.exporter(exporter)});
    }

    @Override
    public IcioExportStep exporters() {
        return Exports.of(ctx, ctx.allCountries());
    }

    @Override
    public IcioExportStep group(String name, String... members) {
        return groups(Map.of(name, List.of(members)));
    }

    @Override
    public IcioExportStep groups(Map<String, List<String>> groups) {
        CountryGroups cg = CountryGroups.of(groups, ctx.labels());
        return new Exports(ctx, new int[0], null, Perspective.EXPORTER, Approach.SOURCE, false, false, null, null, cg);
    }

    @Override
    public IcioImportStep importer(String importer) {
        return new Imports(ctx, new int[] {ctx.importer(importer)});
    }

    @Override
    public IcioImportStep importer(int importer) {
        return new Imports(ctx, new int[] {ctx.importer(importer)});
    }

    @Override
    public IcioImportStep importers() {
        return new Imports(ctx, ctx.allCountries());
    }

    @Override
    public Result compute(Combination combination) {
        return result(ctx, new Icio(ctx.model().get()).compute(combination.validated()), combination);
    }

    @Override
    public Result compute(String combination) {
        return compute(parse(combination));
    }

    /** "exports_sector_exporter_source", with or without the "icio_" prefix and ".csv". */
    static Combination parse(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceFirst("^icio_", "").replaceFirst("\\.csv$", "");
        for (Combination c : Combination.supported()) {
            if (c.toString().equals(s)) {
                return c;
            }
        }
        List<String> names = new ArrayList<>();
        Combination.supported().forEach(c -> names.add(c.toString()));
        throw new GvcException("unknown or unsupported icio combination \"" + name + "\"; supported: "
                + String.join(", ", names));
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
                result(ctx, icio.compute(c.validated()), c).saveCsv(staging.resolve(c.fileName()), Naming.GVC_ANALYZER);
                out.add(folder.resolve(c.fileName()));
            }
            return out;
        });
    }

    /** Immutable export step state. partners == null: summed over all importers. */
    private record Exports(Context ctx, int[] exporters, int[] partners, Perspective perspective, Approach approach,
                           boolean approachSet, boolean terms, SectorGroups groups, int[] origins,
                           CountryGroups countryGroups)
            implements IcioExportStep, IcioSelfStep {
        static Exports of(Context ctx, int[] exporters) {
            return new Exports(ctx, exporters, null, Perspective.EXPORTER, Approach.SOURCE,
                    false, false, null, null, null);
        }

        @Override
        public Exports sector(String sector) {
            return sectors(Map.of(sector, List.of(sector)));
        }

        @Override
        public Exports sectors(Map<String, List<String>> sectorGroups) {
            return new Exports(ctx, exporters, partners, perspective, approach, approachSet, terms,
                    SectorGroups.of(sectorGroups, ctx.labels()), origins, countryGroups);
        }

        @Override
        public Exports byOrigin() {
            return new Exports(ctx, exporters, partners, perspective, approach, approachSet, terms, groups,
                    ctx.allCountries(), countryGroups);
        }

        @Override
        public Exports origin(String... countries) {
            int[] o = new int[countries.length];
            for (int i = 0; i < o.length; i++) {
                o[i] = ctx.labels().countryIndex(countries[i], "origin");
            }
            return new Exports(ctx, exporters, partners, perspective, approach,
                    approachSet, terms, groups, o, countryGroups);
        }

        private Exports withImporters(int[] r) {
            return new Exports(ctx, exporters, r, perspective, approach,
                    approachSet, terms, groups, origins, countryGroups);
        }

        private int[] one(int r) {
            if (countryGroups != null) {
                for (int[] members : countryGroups.members()) {
                    for (int s : members) {
                        if (s == r && countryGroups.size() == 1) {
                            throw new GvcException(ctx.labels().country(r) + " belongs to the exporting group "
                                    + countryGroups.names().get(0) + ": its trade with the group is domestic");
                        }
                    }
                }
            } else if (exporters.length == 1) {
                ctx.pair(exporters[0], r);
            }
            return new int[] {r};
        }

        @Override
        public Exports importer(String importer) {
            return withImporters(one(ctx.importer(importer)));
        }

        @Override
        public Exports importer(int importer) {
            return withImporters(one(ctx.importer(importer)));
        }

        @Override
        public Exports importers() {
            return withImporters(ctx.allCountries());
        }

        @Override
        public IcioExportStep perspective(Perspective p) {
            if (p == Perspective.IMPORTER) {
                throw new GvcException("the importer perspective applies to imports: use icio().importer(..) or "
                        + "importers(); exports have the exporter, world and self perspectives");
            }
            if (p == Perspective.SELF) {
                if (approachSet && approach != Approach.NA) {
                    throw new GvcException("the self perimeter has no approach (icio: redundant), but "
                            + approach.token() + " was chosen; drop approach(..) or use the exporter perspective");
                }
                return new Exports(ctx, exporters, partners, p, Approach.NA,
                        approachSet, terms, groups, origins, countryGroups);
            }
            Approach a = approachSet ? approach : Approach.SOURCE;
            if (a == Approach.NA) {
                throw new GvcException("the " + p.token() + " perspective needs the source or sink approach");
            }
            return new Exports(ctx, exporters, partners, p, a, approachSet, terms, groups, origins, countryGroups);
        }

        @Override
        public IcioExportStep approach(Approach a) {
            if (perspective == Perspective.SELF && a != Approach.NA) {
                throw new GvcException("the self perimeter (sectexp, sectbil, bilateral) has no approach; "
                        + a.token() + " applies to the exporter and world perspectives");
            }
            if (perspective != Perspective.SELF && a == Approach.NA) {
                throw new GvcException("the " + perspective.token() + " perspective needs the source or sink approach; "
                        + "approach NA belongs to the self perimeter (self())");
            }
            return new Exports(ctx, exporters, partners, perspective, a, true, terms, groups, origins, countryGroups);
        }

        @Override
        public IcioExportStep source() {
            return approach(Approach.SOURCE);
        }

        @Override
        public IcioExportStep sink() {
            return approach(Approach.SINK);
        }

        @Override
        public IcioExportStep world() {
            return perspective(Perspective.WORLD);
        }

        @Override
        public IcioSelfStep self() {
            return (IcioSelfStep) perspective(Perspective.SELF);
        }

        @Override
        public IcioExportStep withTerms() {
            return new Exports(ctx, exporters, partners, perspective, approach,
                    approachSet, true, groups, origins, countryGroups);
        }

        @Override
        public Result result() {
            if (groups != null) {
                return bySector();
            }
            if (perspective == Perspective.SELF && partners == null) {
                throw new GvcException("the self perimeter of a country's total exports is the exporter perspective; "
                        + "choose an importer (bilateral perimeter: self().importer(..).result()) or a sector level "
                        + "(sectexp: self().bySector(); sectbil: self().importer(..).bySector())");
            }
            return run(partners == null ? Level.COUNTRY : Level.PAIR);
        }

        @Override
        public Result bySector() {
            return run(partners == null ? Level.SECTOR : Level.BILATERAL);
        }

        private Result run(Level level) {
            Combination c = new Combination(Flow.EXPORTS, level, perspective, approach);
            c.problem().ifPresent(p -> {
                throw new GvcException(p);
            });
            if (terms && perspective != Perspective.EXPORTER) {
                throw new GvcException("the sub-terms (withTerms) exist for the exporter perspective (source or sink) "
                        + "only, not for " + c);
            }
            int[] r = partners == null ? ctx.allCountries() : partners;
            if (countryGroups != null) {
                if (perspective != Perspective.EXPORTER || origins != null) {
                    throw new GvcException("country groups are exporters in the exporter perspective (source or sink); "
                            + (origins != null ? "the breakdown by origin" : "the " + perspective.token()
                            + " perspective") + " is available for single countries only");
                }
                Frame f = new Icio(ctx.model().get()).exports(c, countryGroups, r, terms, groups);
                return IcioSteps.result(ctx, f, c);
            }
            if (origins != null) {
                return byOrigin(c, r);
            }
            Frame f = new Icio(ctx.model().get()).exports(c, exporters, r, terms, groups);
            return IcioSteps.result(ctx, f, c);
        }

        private Result byOrigin(Combination c, int[] r) {
            if (terms || groups != null || perspective == Perspective.SELF) {
                throw new GvcException("the breakdown by origin exists for the exporter and world perspectives, by "
                        + "single sectors and without sub-terms; drop " + (terms ? "withTerms()" : groups != null
                        ? "sector(..)/sectors(..)" : "self()") + " or byOrigin()/origin(..)");
            }
            Frame all = new Icio(ctx.model().get()).exportsByOrigin(c, exporters, r);
            Frame f = new Frame(all.keyNames(), all.valueNames());
            int oc = all.keyNames().indexOf(IcioColumns.ORIGIN);
            java.util.Set<String> wanted = new java.util.HashSet<>();
            for (int o : origins) {
                wanted.add(ctx.labels().country(o));
            }
            for (int i = 0; i < all.rowCount(); i++) {
                if (wanted.contains(all.key(i, oc))) {
                    String[] k = new String[all.keyNames().size()];
                    double[] v = new double[all.valueNames().size()];
                    for (int j = 0; j < k.length; j++) {
                        k[j] = all.key(i, j);
                    }
                    for (int j = 0; j < v.length; j++) {
                        v[j] = all.value(i, j);
                    }
                    f.add(k, v);
                }
            }
            return ctx.result(f, "icio." + c.toString().replace('_', '.') + ".byOrigin", PAPER, IcioColumns.ICIO_EXPORTS);
        }
    }

    private record Imports(Context ctx, int[] importers) implements IcioImportStep {
        @Override
        public Result result() {
            return run(Level.COUNTRY);
        }

        @Override
        public Result byOrigin() {
            return run(Level.BILATERAL);
        }

        private Result run(Level level) {
            Combination c = new Combination(Flow.IMPORTS, level, Perspective.IMPORTER, Approach.NA);
            return IcioSteps.result(ctx, new Icio(ctx.model().get()).imports(level, importers), c);
        }
    }
}
