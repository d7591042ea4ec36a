package org.gvc4j.deals;

import java.util.BitSet;
import java.util.Locale;

/** A sentence as the rules test it: the text, in lower case, and which of the rules' anchor words it holds. */
record Probe(String text, String lower, BitSet present) {
    static Probe of(String text, Anchors anchors) {
        String lower = text.toLowerCase(Locale.ROOT);
        return new Probe(text, lower, anchors.scan(lower));
    }
}
