package org.gvc4j.result;

/** Which column names a result table uses. */
public enum Naming {
    /** gvc4j's names: key columns {@code exporter, importer, country, sector}; measures as the papers write them. */
    GVC4J,
    /** The seed package gvcAnalyzer's names ({@code E_sr}, {@code DAVAX_sr}, {@code GVC_PF_s}, {@code DVAsource_sr} ...). */
    GVC_ANALYZER
}
