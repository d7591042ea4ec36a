package org.gvc4j.method.icio;

/**
 * The aggregation of a result (its key columns). Exports: {@link #COUNTRY} (exporter), {@link #SECTOR} (exporter,
 * exporting sector), {@link #PAIR} (exporter, importer: a bilateral flow) and {@link #SECTOR_PAIR} (exporter,
 * exporting sector, importer). Imports: {@link #COUNTRY} (importer) and {@link #ORIGIN} (importer, country of origin of
 * the value added).
 *
 * <p>In gvc4j "bilateral" means one thing, a flow between an exporter and an importer; icio's file names use it for
 * the exporting-sector × importer level and for imports by origin, so {@link #icioToken()} gives those names back.
 */
public enum Level {
    COUNTRY("country", "country"),
    SECTOR("sector", "sector"),
    PAIR("pair", "pair"),
    SECTOR_PAIR("sectorpair", "bilateral"),
    ORIGIN("origin", "bilateral");

    private final String token;
    private final String icioToken;

    Level(String token, String icioToken) {
        this.token = token;
        this.icioToken = icioToken;
    }

    /** gvc4j's word for the level, as in {@link Combination#toString()}. */
    public String token() {
        return token;
    }

    /** The word icio's reference files use in their names ({@code icio_exports_<level>_...}). */
    public String icioToken() {
        return icioToken;
    }

    /** True for the levels with an exporting-sector key. */
    public boolean bySector() {
        return this == SECTOR || this == SECTOR_PAIR;
    }

    /** True for the export levels with an importer key. */
    public boolean byImporter() {
        return this == PAIR || this == SECTOR_PAIR;
    }
}
