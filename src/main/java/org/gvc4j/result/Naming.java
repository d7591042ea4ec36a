package org.gvc4j.result;

import org.gvc4j.model.Conventions;

/**
 * Which names a result's columns carry: gvc4j's own, or those of a peer package for the same result. Each
 * {@code *Columns} class declares, per result kind, the peer's name for every column it names differently (fields
 * {@code GVC_ANALYZER_*}, {@code ICIO_*}, {@code EXVATOOLS_*}); a column the peer does not name differently, or a result
 * the peer does not compute, keeps its gvc4j name. dsl-docs/glossary.md lists every alias (a test holds it against the
 * maps).
 *
 * <p>{@code io.like(Naming.GVC_ANALYZER)} sets both a peer's {@link #conventions()} and its names on a table.
 */
public enum Naming {
    /** gvc4j's names: key columns {@code exporter, importer, country, sector, origin}; measures as the papers write them. */
    GVC4J(Conventions.DEFAULT),
    /** The R package gvcAnalyzer: level suffixes ({@code E_sr}, {@code GVC_PF_s}, {@code DVAsource_sr}, {@code X_total}). */
    GVC_ANALYZER(Conventions.GVC_ANALYZER),
    /** Stata icio (and its reference files): key headers {@code Exporting_Country, Exporting_Industry, ...}, {@code DC} for double counting in imports. */
    ICIO(Conventions.DEFAULT),
    /** The R package exvatools: {@code EXGR} for gross exports, {@code country} for the exporter of country totals. */
    EXVATOOLS(Conventions.EXVATOOLS);

    private final Conventions conventions;

    Naming(Conventions conventions) {
        this.conventions = conventions;
    }

    /** The conventions with which the peer computes (value added and output as it reads them). */
    public Conventions conventions() {
        return conventions;
    }
}
