package org.gvc4j.dsl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.error.InvalidQueryException;
import org.gvc4j.method.Frame;
import org.gvc4j.method.Keys;
import org.gvc4j.method.icio.Approach;
import org.gvc4j.method.icio.Combination;
import org.gvc4j.method.icio.CountryGroups;
import org.gvc4j.method.icio.Flow;
import org.gvc4j.method.icio.Icio;
import org.gvc4j.method.icio.IcioColumns;
import org.gvc4j.method.icio.Level;
import org.gvc4j.method.icio.Perspective;
import org.gvc4j.method.icio.SectorGroups;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.result.Naming;
import org.jspecify.annotations.Nullable;

/**
 * Every icio export step. The step interfaces admit only the chains that exist, so the query value needs few checks
 * of its own (a partner that is the exporter or inside the exporting group); {@link #compute()} checks the
 * combination once more, for callers that bypass the types.
 */
final class IcioChain extends Chain implements IcioExporterStep, IcioPairStep, IcioWorldStep, IcioSectorStep,
        IcioSelfPairStep, IcioGroupStep {

    /**
     * What is asked: exporters (or country groups); importers (null: summed over partners); perspective and approach;
     * the sector level (every sector, or named groups); sub-terms; origins (byOrigin: all; origin(..): these).
     */
    record Query(int[] exporters, @Nullable CountryGroups groups, int @Nullable [] importers, Perspective perspective,
                 Approach approach, boolean bySector, @Nullable SectorGroups sectors, boolean terms, boolean byOrigin,
                 @Nullable List<String> origins) {
        Query withImporters(int[] r) {
            return new Query(exporters, groups, r, perspective, approach, bySector, sectors, terms, byOrigin, origins);
        }

        Query with(Perspective p, Approach a) {
            return new Query(exporters, groups, importers, p, a, bySector, sectors, terms, byOrigin, origins);
        }

        Query withSectors(@Nullable SectorGroups g) {
            return new Query(exporters, groups, importers, perspective, approach, true, g, terms, byOrigin, origins);
        }

        Query withTerms() {
            return new Query(exporters, groups, importers, perspective, approach, bySector, sectors, true, byOrigin,
                    origins);
        }

        Query withOrigins(@Nullable List<String> only) {
            return new Query(exporters, groups, importers, perspective, approach, bySector, sectors, terms, true, only);
        }

        /**
         * The one check of the whole query, for callers that bypass the step types (casts, dynamic Groovy): what the
         * step types rule out, in words, or null.
         */
        @Nullable String problem() {
            if (terms && perspective != Perspective.EXPORTER) {
                return "the sub-terms (withTerms) exist for the exporter perspective (source or sink) only, not for the "
                        + perspective.token() + " perspective";
            }
            if (byOrigin && (terms || sectors != null || perspective == Perspective.SELF || groups != null)) {
                return "the breakdown by origin exists for single countries in the exporter and world perspectives, by "
                        + "single sectors and without sub-terms";
            }
            if (groups != null && perspective != Perspective.EXPORTER) {
                return "country groups are exporters in the exporter perspective (source or sink) only";
            }
            return null;
        }

        Level level() {
            return bySector ? (importers == null ? Level.SECTOR : Level.SECTOR_PAIR)
                    : (importers == null ? Level.COUNTRY : Level.PAIR);
        }
    }

    private final Query q;

    private IcioChain(Context ctx, String text, Query q) {
        super(ctx, text);
        this.q = q;
    }

    static IcioChain of(Context ctx, String text, int[] exporters) {
        return new IcioChain(ctx, text, new Query(exporters, null, null, Perspective.EXPORTER, Approach.SOURCE, false,
                null, false, false, null));
    }

    static IcioChain of(Context ctx, String text, CountryGroups groups) {
        return new IcioChain(ctx, text, new Query(new int[0], groups, null, Perspective.EXPORTER, Approach.SOURCE,
                false, null, false, false, null));
    }

    private IcioChain next(String verb, Query next) {
        return new IcioChain(ctx, text + "." + verb, next);
    }

    @Override
    public IcioChain importer(String importer) {
        return partner(ctx.country(importer, "importer"));
    }

    @Override
    public IcioChain importer(int importer) {
        return partner(ctx.country(importer, "importer"));
    }

    private IcioChain partner(int r) {
        CountryGroups g = q.groups();
        if (g != null && g.size() == 1) {
            for (int s : g.members()[0]) {
                if (s == r) {
                    throw new InvalidQueryException(ctx.labels().country(r) + " belongs to the exporting group "
                            + g.names().get(0) + ": its trade with the group is domestic; choose an importer outside "
                            + "the group");
                }
            }
        } else if (g == null) {
            ctx.requirePartner(q.exporters(), r);
        }
        return next("importer(" + ctx.quoted(r) + ")", q.withImporters(new int[] {r}));
    }

    @Override
    public IcioChain importers() {
        return next("importers()", q.withImporters(ctx.allCountries()));
    }

    @Override
    public IcioChain world() {
        return next("world()", q.with(Perspective.WORLD, Approach.SOURCE));
    }

    @Override
    public IcioChain self() {
        return next("self()", q.with(Perspective.SELF, Approach.NA));
    }

    @Override
    public IcioChain source() {
        return next("source()", q.with(q.perspective(), Approach.SOURCE));
    }

    @Override
    public IcioChain sink() {
        return next("sink()", q.with(q.perspective(), Approach.SINK));
    }

    @Override
    public IcioChain bySector() {
        return next("bySector()", q.withSectors(null));
    }

    @Override
    public IcioChain sector(String sector) {
        String name = ctx.labels().sector(ctx.labels().sectorIndex(sector));
        return next("sector(" + Context.quote(name) + ")",
                q.withSectors(SectorGroups.of(Map.of(name, List.of(name)), ctx.labels())));
    }

    @Override
    public IcioChain sectors(Map<String, List<String>> groups) {
        return next("sectors(" + groups + ")", q.withSectors(SectorGroups.of(groups, ctx.labels())));
    }

    @Override
    public IcioChain withTerms() {
        return next("withTerms()", q.withTerms());
    }

    @Override
    public IcioChain byOrigin() {
        return next("byOrigin()", q.withOrigins(null));
    }

    @Override
    public IcioChain origin(String... countries) {
        if (countries.length == 0) {
            throw new InvalidQueryException("origin(): name at least one country of origin, or use byOrigin() for all");
        }
        List<String> names = new ArrayList<>();
        for (String c : countries) {
            names.add(ctx.labels().country(ctx.country(c, "origin")));
        }
        List<String> quoted = new ArrayList<>();
        names.forEach(n -> quoted.add(Context.quote(n)));
        return next("origin(" + String.join(", ", quoted) + ")", q.withOrigins(names));
    }

    @Override
    MeasureTable compute() {
        String problem = q.problem();
        if (problem != null) {
            throw new InvalidQueryException(problem + ": " + text);
        }
        Combination c = new Combination(Flow.EXPORTS, q.level(), q.perspective(), q.approach()).validated();
        int[] r = q.importers() == null ? ctx.allCountries() : q.importers();
        Icio icio = new Icio(ctx.model().get());
        CountryGroups g = q.groups();
        Frame f;
        if (g != null) {
            f = icio.exports(c, g, r, q.terms(), q.sectors());
        } else if (q.byOrigin()) {
            f = icio.exportsByOrigin(c, q.exporters(), r);
        } else {
            f = icio.exports(c, q.exporters(), r, q.terms(), q.sectors());
        }
        Map<Naming, Map<String, String>> aliases = new HashMap<>();
        aliases.put(Naming.ICIO, IcioColumns.ICIO_EXPORTS);
        if (c.level() == Level.COUNTRY && c.perspective() == Perspective.EXPORTER && g == null && !q.byOrigin()) {
            aliases.put(Naming.EXVATOOLS, IcioColumns.EXVATOOLS_COUNTRY);
        }
        MeasureTable t = ctx.table(f, text, Context.ICIO, aliases);
        List<String> only = q.origins();
        return only == null ? t : t.where(Keys.ORIGIN, only.toArray(new String[0]));
    }
}
