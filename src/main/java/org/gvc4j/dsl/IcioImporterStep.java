package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/** Imports of the chosen importers, importer perspective (the only one for imports): GIMP, VA, MDC per importer. */
public interface IcioImporterStep extends MeasureTable {
    /** One row per importer and country where the value added was produced (the importer itself included). */
    MeasureTable byOrigin();
}
