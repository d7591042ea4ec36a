package org.gvc4j.method.icio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gvc4j.error.InvalidQueryException;

/**
 * One supported (flow, level, perspective, approach) combination of the accounting: the data-driven way to ask for a
 * result ({@code icio().compute(..)}, {@code writeAll}), where the fluent steps ask for it by verbs. Files are named as
 * the reference files are: {@code icio_<flow>_<level>_<perspective>_<approach>.csv}.
 *
 * <p>Supported (icio's set, extended where the formulas stay additive):
 * <ul>
 *   <li>exports, exporter perspective, source or sink: every level (icio has all but the country-level sink, which here
 *       is the sum of the bilateral sink rows);</li>
 *   <li>exports, world perspective, source or sink: every level (icio: country only; the FVA split is additive);</li>
 *   <li>exports, self perimeter (no approach): sector (icio sectexp), pair (icio bilateral), sector pair (icio sectbil);
 *       at country level the flow's own perimeter is the exporter perspective;</li>
 *   <li>imports, importer perspective (no approach): country, and origin (by country of origin of the value
 *       added).</li>
 * </ul>
 */
public record Combination(Flow flow, Level level, Perspective perspective, Approach approach) {

    /** Every supported combination, exports first, in a stable order. */
    public static List<Combination> supported() {
        List<Combination> out = new ArrayList<>();
        for (Level l : new Level[] {Level.COUNTRY, Level.SECTOR, Level.PAIR, Level.SECTOR_PAIR}) {
            for (Perspective p : new Perspective[] {Perspective.EXPORTER, Perspective.WORLD}) {
                for (Approach a : new Approach[] {Approach.SOURCE, Approach.SINK}) {
                    out.add(new Combination(Flow.EXPORTS, l, p, a));
                }
            }
            if (l != Level.COUNTRY) {
                out.add(new Combination(Flow.EXPORTS, l, Perspective.SELF, Approach.NA));
            }
        }
        out.add(new Combination(Flow.IMPORTS, Level.COUNTRY, Perspective.IMPORTER, Approach.NA));
        out.add(new Combination(Flow.IMPORTS, Level.ORIGIN, Perspective.IMPORTER, Approach.NA));
        return out;
    }

    /** The combinations that icio itself computes (those with reference files). */
    public static List<Combination> icio() {
        return List.of(
                new Combination(Flow.EXPORTS, Level.COUNTRY, Perspective.EXPORTER, Approach.SOURCE),
                new Combination(Flow.EXPORTS, Level.COUNTRY, Perspective.WORLD, Approach.SOURCE),
                new Combination(Flow.EXPORTS, Level.COUNTRY, Perspective.WORLD, Approach.SINK),
                new Combination(Flow.EXPORTS, Level.SECTOR, Perspective.EXPORTER, Approach.SOURCE),
                new Combination(Flow.EXPORTS, Level.SECTOR, Perspective.EXPORTER, Approach.SINK),
                new Combination(Flow.EXPORTS, Level.SECTOR, Perspective.SELF, Approach.NA),
                new Combination(Flow.EXPORTS, Level.SECTOR_PAIR, Perspective.EXPORTER, Approach.SOURCE),
                new Combination(Flow.EXPORTS, Level.SECTOR_PAIR, Perspective.EXPORTER, Approach.SINK),
                new Combination(Flow.EXPORTS, Level.SECTOR_PAIR, Perspective.SELF, Approach.NA),
                new Combination(Flow.IMPORTS, Level.COUNTRY, Perspective.IMPORTER, Approach.NA),
                new Combination(Flow.IMPORTS, Level.ORIGIN, Perspective.IMPORTER, Approach.NA));
    }

    /**
     * {@code icio_<flow>_<level>_<perspective>_<approach>.csv}, named as icio's reference files are (their word for the
     * sector-pair and by-origin levels is "bilateral", see {@link Level#icioToken()}).
     */
    public String fileName() {
        return "icio_" + flow.token() + "_" + level.icioToken() + "_" + perspective.token() + "_" + approach.token()
                + ".csv";
    }

    /**
     * A supported combination by name: gvc4j's ({@link #toString()}, e.g. {@code exports_sectorpair_exporter_sink}) or
     * the file name ({@link #fileName()}, with or without {@code icio_} and {@code .csv}).
     *
     * @throws InvalidQueryException naming every supported combination
     */
    public static Combination parse(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceFirst("^icio_", "").replaceFirst("\\.csv$", "");
        for (Combination c : supported()) {
            if (c.toString().equals(s) || c.fileName().equals("icio_" + s + ".csv")) {
                return c;
            }
        }
        List<String> names = new ArrayList<>();
        supported().forEach(c -> names.add(c.toString()));
        throw new InvalidQueryException("unknown or unsupported icio combination \"" + name + "\"; supported: "
                + String.join(", ", names));
    }

    /** The message explaining why this combination is not supported, or empty if it is. */
    public Optional<String> problem() {
        if (supported().contains(this)) {
            return Optional.empty();
        }
        return Optional.of(explain() + ". Supported combinations: " + describeSupported());
    }

    /** Throws {@link InvalidQueryException} with {@link #problem()} if the combination is not supported. */
    public Combination validated() {
        problem().ifPresent(p -> {
            throw new InvalidQueryException(p);
        });
        return this;
    }

    private String explain() {
        String what = flow.token() + " at " + level.token() + " level, " + perspective.token() + " perspective, "
                + approach.token() + " approach";
        if (flow == Flow.IMPORTS) {
            if (perspective != Perspective.IMPORTER) {
                return what + ": imports have only the importer perspective";
            }
            if (approach != Approach.NA) {
                return what + ": the importer perspective has no approach (use NA)";
            }
            return what + ": imports exist by importer (country) and by importer and origin (origin)";
        }
        if (perspective == Perspective.IMPORTER) {
            return what + ": the importer perspective applies to imports, not exports";
        }
        if (perspective == Perspective.SELF) {
            if (level == Level.COUNTRY) {
                return what + ": the own perimeter of a country's total exports is the exporter perspective";
            }
            return what + ": self perimeters (sectexp, sectbil, bilateral) have no approach (use NA)";
        }
        return what + ": the " + perspective.token() + " perspective needs the source or the sink approach";
    }

    private static String describeSupported() {
        return "exports: exporter or world perspective with source or sink at country, sector, pair or sectorpair "
                + "level; self perimeter (approach na) at sector (icio sectexp), pair (icio bilateral) or sectorpair "
                + "(icio sectbil) level. imports: importer perspective (approach na) at country or origin level";
    }

    @Override
    public String toString() {
        return flow.token() + "_" + level.token() + "_" + perspective.token() + "_" + approach.token();
    }
}
