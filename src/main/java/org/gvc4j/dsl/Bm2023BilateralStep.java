package org.gvc4j.dsl;

import org.gvc4j.result.Result;

/** Bilateral exports e_sr: exporter perspective (source or sink approach) or the bilateral perimeter (pure). */
public interface Bm2023BilateralStep {
    /** Exporter perspective, source approach: VA counted when it first leaves the exporter. */
    Result source();

    /** Exporter perspective, sink approach (the seed's convention): VA counted when it last leaves the exporter. */
    Result sink();

    /** Bilateral perimeter: only re-crossings of the s→r border are double counted. */
    Result pure();
}
