package org.gvc4j.method;

import java.util.List;

/**
 * The key columns of every result, defined once (dsl-docs/glossary.md). A row's level is exactly its set of key
 * columns; each names the role a country or sector plays in the row.
 */
public final class Keys {
    private Keys() {
    }

    /** The exporting country s (or a country group's name). */
    public static final String EXPORTER = "exporter";
    /** The direct importer r of an export flow; in import results, the importing country. */
    public static final String IMPORTER = "importer";
    /** The country of an output-based row, where no trade direction exists. */
    public static final String COUNTRY = "country";
    /** A sector: the exporting sector of an export flow, the sector of an output row (or a named group of sectors). */
    public static final String SECTOR = "sector";
    /** The country whose value added it is (breakdowns by origin). */
    public static final String ORIGIN = "origin";

    /** Every key column, in the order they appear in results. */
    public static final List<String> ALL = List.of(EXPORTER, COUNTRY, SECTOR, IMPORTER, ORIGIN);
}
