package org.gvc4j.dsl;

/** The world perspective, source approach until changed: foreign value added counted at any border. */
public interface IcioWorldStep extends IcioWorldApproachStep {
    /** Source approach (the default, said explicitly): counted where it first crosses a border. */
    IcioWorldApproachStep source();

    /** Sink approach: counted where it last crosses a border (the corrected KWW). */
    IcioWorldApproachStep sink();
}
