package org.gvc4j.dsl;

import org.gvc4j.result.Result;

/** Imports of the chosen importers, importer perspective (the only one for imports): GIMP = VA + DC. */
public interface IcioImportStep {
    /** One row per importer: GIMP, VA, DC. */
    Result result();

    /** One row per importer and country where the value added was produced (the importer itself included). */
    Result byOrigin();
}
