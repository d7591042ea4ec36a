package org.gvc4j.method.icio;

/**
 * The aggregation of a result (its key columns). For exports: {@link #COUNTRY} (exporter), {@link #SECTOR} (exporter,
 * exporting sector), {@link #PAIR} (exporter, importer) and {@link #BILATERAL} (exporter, exporting sector, importer),
 * as the reference files call it. For imports: {@link #COUNTRY} (importer) and {@link #BILATERAL} (importer, country
 * of origin of the value added).
 */
public enum Level {
    COUNTRY("country"),
    SECTOR("sector"),
    PAIR("pair"),
    BILATERAL("bilateral");

    private final String token;

    Level(String token) {
        this.token = token;
    }

    /** The word used in file names ({@code icio_exports_<level>_...}). */
    public String token() {
        return token;
    }

    /** True for the levels with an exporting-sector key. */
    public boolean bySector() {
        return this == SECTOR || this == BILATERAL;
    }

    /** True for the levels with an importer key (exports). */
    public boolean byImporter() {
        return this == PAIR || this == BILATERAL;
    }
}
