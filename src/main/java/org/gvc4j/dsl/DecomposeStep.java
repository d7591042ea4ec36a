package org.gvc4j.dsl;

/** Choose the method (the paper). */
public interface DecomposeStep {
    /** Borin &amp; Mancini (2023): value added in exports (DVA, DDC, FVA, FDC), as gvcAnalyzer computes it. */
    Bm2023Step bm2023();

    /** Borin, Mancini &amp; Taglioni (2025): tripartite GVC trade and output-based participation. */
    Bm2025Step bm2025();

    /** The full Borin–Mancini accounting (Stata icio parity): every field, perspective, approach and level. */
    IcioStep icio();
}
