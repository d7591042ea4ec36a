package org.gvc4j.dsl;

/** Bilateral exports (exporter, importer), exporter perspective, source approach until changed. */
public interface IcioPairStep extends IcioApproachStep {
    /** The world perspective: foreign value added counted at any border. */
    IcioWorldStep world();

    /** The pair's own perimeter (icio {@code bilateral}); at sector level each sector's exports to r (icio sectbil). */
    IcioSelfPairStep self();

    /** Source approach (the default, said explicitly). */
    IcioApproachStep source();

    /** Sink approach: adds VAXIM, no GVC fields. */
    IcioApproachStep sink();
}
