package org.gvc4j.dsl;

/**
 * The exports of the chosen exporters, summed over their partners: exporter perspective, source approach, one row per
 * exporter, until a partner, perimeter, approach, sector level or extra is chosen.
 */
public interface IcioExporterStep extends IcioApproachStep {
    /** Only the exports to one importer: one row per pair. */
    IcioPairStep importer(String importer);

    /** The same, by 1-based country number. */
    IcioPairStep importer(int importer);

    /** The exports to every importer, one row per pair. */
    IcioPairStep importers();

    /** The world perspective: foreign value added counted at any border (sink: corrected KWW). */
    IcioWorldStep world();

    /**
     * The flow's own perimeter, at a sector level (the perimeter of a country's total exports is the exporter
     * perspective): {@code self().bySector()} is icio's sectexp.
     */
    IcioSelfStep self();

    /** Source approach (the default, said explicitly): value added counted when it first leaves the exporter. */
    IcioApproachStep source();

    /** Sink approach: value added counted when it last leaves the exporter; adds VAXIM, no GVC fields. */
    IcioApproachStep sink();
}
