package org.gvc4j.source;

import java.util.List;
import java.util.Map;
import org.gvc4j.linalg.Mat;
import org.gvc4j.model.IoTable;
import org.jspecify.annotations.Nullable;

/**
 * Countries and sectors merged into groups before decomposing:
 * {@code Aggregation.countries(Groups.shipped("eu27")).andSectors(Groups.shipped("oecd-icio-2023-sectors"))}, applied
 * with {@link SourceTable#aggregate} or {@code MrioTable.aggregate}. Rows and columns of Z, final demand (by
 * destination group and category), every valuation row, value added and output are added up; a group takes the place
 * of its first member. Every code of the table must have a group ({@link Groups}); the OECD CN/MX merge is one
 * instance. Totals are kept exactly up to the order of addition.
 */
public final class Aggregation {
    private final @Nullable Groups countries;
    private final @Nullable Groups sectors;

    private Aggregation(@Nullable Groups countries, @Nullable Groups sectors) {
        this.countries = countries;
        this.sectors = sectors;
    }

    /** Countries merged by {@code groups}; sectors kept. */
    public static Aggregation countries(Groups groups) {
        return new Aggregation(groups, null);
    }

    /** Countries merged by a map in code: every country code of the table to its group (itself to keep it). */
    public static Aggregation countries(Map<String, String> groups) {
        return countries(Groups.of(groups));
    }

    /** Sectors merged by {@code groups}; countries kept. */
    public static Aggregation sectors(Groups groups) {
        return new Aggregation(null, groups);
    }

    /** Sectors merged by a map in code: every sector code of the table to its group. */
    public static Aggregation sectors(Map<String, String> groups) {
        return sectors(Groups.of(groups));
    }

    /** This aggregation, with countries merged by {@code groups} as well. */
    public Aggregation andCountries(Groups groups) {
        return new Aggregation(groups, sectors);
    }

    public Aggregation andCountries(Map<String, String> groups) {
        return andCountries(Groups.of(groups));
    }

    /** This aggregation, with sectors merged by {@code groups} as well. */
    public Aggregation andSectors(Groups groups) {
        return new Aggregation(countries, groups);
    }

    public Aggregation andSectors(Map<String, String> groups) {
        return andSectors(Groups.of(groups));
    }

    /**
     * The table with its groups merged; the load report says which codes went where. A mapping with year ranges uses
     * the table's year.
     */
    public SourceTable applyTo(SourceTable t) {
        SourceTable out = t;
        Integer year = t.report().year();
        if (countries != null) {
            Map<String, String> g = countries.assign(out.labels().countries(), year, "country");
            out = out.aggregateCountries(g::get, "countries grouped by " + countries.source() + ": "
                    + Groups.describe(g));
        }
        if (sectors != null) {
            Map<String, String> g = sectors.assign(out.labels().sectors(), year, "sector");
            out = out.aggregateSectors(g::get, "sectors grouped by " + sectors.source() + ": " + Groups.describe(g));
        }
        return out;
    }

    /**
     * A table in memory with its groups merged (final demand by destination group; value added stays absent when it
     * was). A mapping with year ranges needs {@link Groups#atYear}.
     */
    public IoTable applyTo(IoTable t) {
        int n = t.labels().size();
        double[] va = t.valueAdded();
        LoadReport r = new LoadReport("table", "", null, "", t.name(), "", "", 0, 0, Map.of(), List.of());
        SourceTable s = new SourceTable(t.name(), t.labels(), t.z(), List.of("FD"), t.y(), List.of(), new Mat(0, n),
                va == null ? new double[n] : va, t.output(), r);
        SourceTable a = applyTo(s);
        return new IoTable(t.name(), a.labels(), a.z(), a.yFull(), va == null ? null : a.valueAdded(), a.output());
    }

    @Override
    public String toString() {
        return "Aggregation(countries " + (countries == null ? "kept" : countries.source()) + ", sectors "
                + (sectors == null ? "kept" : sectors.source()) + ")";
    }
}
