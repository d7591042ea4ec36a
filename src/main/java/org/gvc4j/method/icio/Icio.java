package org.gvc4j.method.icio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.method.Frame;
import org.gvc4j.model.LeontiefModel;

/**
 * The whole Borin–Mancini accounting on one derived model: every supported {@link Combination} at every level, for
 * any set of exporters, importers or both. The additive results (exporter and world perspectives) are computed once
 * at exporter × sector × importer level and summed; a computed set is kept, so asking for several levels of the same
 * perspective and approach costs one computation. Computed sets belong to the table (its model), not to this object:
 * every {@code Icio} of the same table shares them. Thread-safe.
 */
public final class Icio {
    /** Cubes kept per table: the last few asked for (each up to n·G·columns doubles), most recently used last. */
    private static final int KEPT_CUBES = 6;
    private static final LeontiefModel.Derived<Map<String, Cube>> CUBES = new LeontiefModel.Derived<>("icio cubes",
            mm -> new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Cube> eldest) {
                    return size() > KEPT_CUBES;
                }
            });

    private final IcioBase base;
    /** Shared by every Icio of the same model (the table's derived state), guarded by itself. */
    private final Map<String, Cube> cubes;

    public Icio(LeontiefModel model) {
        this.base = IcioBase.of(model);
        this.cubes = model.derived(CUBES);
    }

    /** Every country index 0..G−1. */
    public int[] allCountries() {
        int[] all = new int[base.g];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    /** A supported combination for every exporter (and importer). */
    public Frame compute(Combination c) {
        return compute(c, null);
    }

    /**
     * The same with the rows handed to {@code rows} as they are made, not kept (a streamed frame, e.g. written
     * straight to a file): the rows, in the same order and with the same numbers as {@link #compute(Combination)}'s,
     * without the data frame of the whole result. {@code rows == null}: the rows are kept.
     */
    public Frame compute(Combination c, Frame.Rows rows) {
        if (c.flow() == Flow.IMPORTS) {
            new Combination(Flow.IMPORTS, c.level(), Perspective.IMPORTER, Approach.NA).validated();
            ImportAccounts acc = new ImportAccounts(base);
            return c.level() == Level.COUNTRY ? acc.byImporter(allCountries(), rows) : acc.byOrigin(allCountries(), rows);
        }
        return exports(c, allCountries(), allCountries(), false, null, rows);
    }

    /** Several combinations for every country, sharing work; in the given order. */
    public Map<Combination, Frame> computeAll(List<Combination> combinations) {
        Map<Combination, Frame> out = new LinkedHashMap<>();
        for (Combination c : combinations) {
            out.put(c, compute(c));
        }
        return out;
    }

    /**
     * Exports of the given exporters to the given importers (pairs with r = s are skipped; at country and sector
     * level the importers are those summed over).
     *
     * @param terms add BM's 12 sub-terms (exporter perspective, source or sink approach)
     */
    public Frame exports(Combination c, int[] exporters, int[] importers, boolean terms) {
        return exports(c, exporters, importers, terms, null);
    }

    /**
     * The same with sector groups: at sector and bilateral level one row per group (sums for the additive
     * perspectives; the group's own perimeter for SELF). {@code groups == null}: every sector on its own.
     */
    public Frame exports(Combination c, int[] exporters, int[] importers, boolean terms, SectorGroups groups) {
        return exports(c, exporters, importers, terms, groups, null);
    }

    private Frame exports(Combination c, int[] exporters, int[] importers, boolean terms, SectorGroups groups,
                          Frame.Rows rows) {
        c.validated();
        if (c.flow() != Flow.EXPORTS) {
            throw new IllegalArgumentException(c + " is not an export combination");
        }
        if (terms && c.perspective() != Perspective.EXPORTER) {
            throw new IllegalArgumentException("the sub-terms (VAX1–4, REF1–2, FVA1–4) exist for the exporter "
                    + "perspective (source or sink approach) only, not for " + c);
        }
        if (c.perspective() == Perspective.SELF) {
            SelfPerimeters self = new SelfPerimeters(base);
            SectorGroups sg = groups == null ? SectorGroups.each(base.m.labels()) : groups;
            return switch (c.level()) {
                case SECTOR -> self.sectexp(exporters, sg, rows);
                case PAIR -> self.pair(exporters, importers, rows);
                case SECTOR_PAIR -> self.sectbil(exporters, importers, sg, rows);
                default -> throw new IllegalStateException(c.toString());
            };
        }
        Cube cube = cube(c.perspective(), c.approach(), terms, exporters, importers);
        List<String> names = new ArrayList<>(switch (c.perspective()) {
            case EXPORTER -> c.approach() == Approach.SOURCE ? IcioColumns.SOURCE : IcioColumns.SINK;
            default -> IcioColumns.BASIC;
        });
        if (terms) {
            names.addAll(IcioColumns.SOURCE_TERMS);
        }
        return cube.frame(c.level(), names, groups == null ? SectorGroups.each(base.m.labels()) : groups, rows);
    }

    /**
     * Exports broken down by the country where the value added was produced (key {@code origin}): DC, DVA, DDC, FC,
     * FVA, FDC, for the exporter and world perspectives at any level. Σ over origins gives the perspective's columns.
     */
    public Frame exportsByOrigin(Combination c, int[] exporters, int[] importers) {
        c.validated();
        if (c.flow() != Flow.EXPORTS || c.perspective() == Perspective.SELF) {
            throw new IllegalArgumentException("the breakdown by origin exists for exports in the exporter and world "
                    + "perspectives, not for " + c);
        }
        Cube own = cube(c.perspective(), c.approach(), false, exporters, importers);
        Cube flows = new ExportAccounts(base, exporters, importers).flows(c.perspective(), c.approach());
        return new OriginAccounts(base).byOrigin(c, exporters, importers, own, flows);
    }

    /**
     * Exports of country groups, each treated as one exporter (intra-group trade is domestic): the exporter perspective
     * with the source or sink approach, at any level; rows for importers inside a group are left out.
     */
    public Frame exports(Combination c, CountryGroups groups, int[] importers, boolean terms, SectorGroups sectors) {
        c.validated();
        if (c.flow() != Flow.EXPORTS || c.perspective() != Perspective.EXPORTER) {
            throw new IllegalArgumentException("country groups are exporters in the exporter perspective (source or "
                    + "sink); " + c + " is not available for groups");
        }
        Exporter[] ex = new Exporter[groups.size()];
        for (int i = 0; i < ex.length; i++) {
            ex[i] = Exporter.group(base, groups.names().get(i), groups.members()[i]);
        }
        ExportAccounts acc = new ExportAccounts(base, ex, importers);
        Cube cube = c.approach() == Approach.SOURCE ? acc.source(terms) : acc.sink(terms);
        List<String> names = new ArrayList<>(c.approach() == Approach.SOURCE ? IcioColumns.SOURCE : IcioColumns.SINK);
        if (terms) {
            names.addAll(IcioColumns.SOURCE_TERMS);
        }
        return sectors == null ? cube.frame(c.level(), names) : cube.frame(c.level(), names, sectors);
    }

    /** Imports of the given importers: by importer ({@link Level#COUNTRY}) or by importer and origin ({@link Level#ORIGIN}). */
    public Frame imports(Level level, int[] importers) {
        new Combination(Flow.IMPORTS, level, Perspective.IMPORTER, Approach.NA).validated();
        ImportAccounts acc = new ImportAccounts(base);
        return level == Level.COUNTRY ? acc.byImporter(importers) : acc.byOrigin(importers);
    }

    private Cube cube(Perspective p, Approach a, boolean terms, int[] exporters, int[] importers) {
        String key = p + "/" + a + "/" + terms + "/" + Arrays.toString(exporters) + "/" + Arrays.toString(importers);
        synchronized (cubes) {
            Cube c = cubes.get(key);
            if (c == null) {
                ExportAccounts acc = new ExportAccounts(base, exporters, importers);
                c = p == Perspective.WORLD ? acc.world(a) : a == Approach.SOURCE ? acc.source(terms) : acc.sink(terms);
                cubes.put(key, c);
            }
            return c;
        }
    }
}
