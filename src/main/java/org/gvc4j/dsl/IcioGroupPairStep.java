package org.gvc4j.dsl;

/** The exports of country groups to the chosen importers, source approach until changed. */
public interface IcioGroupPairStep extends IcioGroupApproachStep {
    /** Source approach (the default, said explicitly). */
    IcioGroupApproachStep source();

    /** Sink approach: adds VAXIM, no GVC fields. */
    IcioGroupApproachStep sink();
}
