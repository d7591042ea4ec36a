package org.gvc4j.dsl;

import java.util.List;
import java.util.Map;
import org.gvc4j.result.Result;

/**
 * The flow's own perimeter (no approach: icio calls it redundant here). Not additive: a sector's or a partner's
 * perimeter counts value added that crosses it once, so rows do not sum to the exporter's totals.
 */
public interface IcioSelfStep {
    /** Only the exports to one importer. */
    IcioSelfStep importer(String importer);

    /** Same, by 1-based country number. */
    IcioSelfStep importer(int importer);

    /** Every importer, one row each. */
    IcioSelfStep importers();

    /**
     * Only one exporting sector (icio's {@code exporter(s, n)}): {@code result()} and {@code bySector()} then give that
     * sector's row(s) and its perimeter is the sector's (sectexp, or sectbil with an importer).
     */
    IcioSelfStep sector(String sector);

    /**
     * Named groups of exporting sectors, e.g. {@code Map.of("MANUF", List.of("C10", "C11"))}: one row per group at
     * sector level (the group's own perimeter: all its sectors' exports).
     */
    IcioSelfStep sectors(Map<String, List<String>> groups);

    /** The country-bilateral perimeter (icio {@code bilateral}); needs an importer. */
    Result result();

    /** One sector's exports (icio {@code sectexp}), or one sector's exports to one importer ({@code sectbil}). */
    Result bySector();
}
