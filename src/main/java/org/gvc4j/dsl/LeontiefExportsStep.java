package org.gvc4j.dsl;

/**
 * The value-added origin of exports: choose the exporters.
 */
public interface LeontiefExportsStep {
    /** One exporter (by name): the value added of every origin country in its gross exports. */
    LeontiefOriginStep exporter(String exporter);

    /** The same, by 1-based country number. */
    LeontiefOriginStep exporter(int exporter);

    /** Every exporter, one row each: the value added of every origin country in its gross exports. */
    LeontiefOriginStep exporters();
}
