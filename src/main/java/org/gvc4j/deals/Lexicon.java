package org.gvc4j.deals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A section of the rules compiled. Each phrase entry carries its longest word in lower case ({@link Anchors}): the
 * entry's pattern runs only on sentences that contain that word, which makes coding a few hundred agreements take
 * seconds. A {@code re:} entry always runs, unless the rules have a section {@code [<section>.gate]}: then the
 * section's {@code re:} entries run only on sentences containing one of the gate's strings.
 */
final class Lexicon {
    /** One entry as written, compiled, with the word a sentence must contain for it to match ("" for none known). */
    record Entry(String source, Pattern pattern, int anchor) {
    }

    /** Where an entry matched. */
    record Hit(String entry, String matched, int start, int end) {
    }

    final String section;
    final List<Entry> entries;
    private final int @Nullable [] gate;

    Lexicon(CodingRules rules, String section, Anchors anchors) {
        this.section = section;
        List<Entry> es = new ArrayList<>();
        for (String e : CodingRules.sortedLongestFirst(rules.entries(section))) {
            String regex = rules.entryRegex(section, e, List.of(section));
            String a = e.startsWith("re:") ? "" : anchor(e);
            es.add(new Entry(e, CodingRules.compile(section, regex), a.isEmpty() ? -1 : anchors.id(a)));
        }
        this.entries = List.copyOf(es);
        String gateSection = section + ".gate";
        if (rules.hasSection(gateSection)) {
            Set<Integer> g = new LinkedHashSet<>();
            for (String s : rules.entries(gateSection)) {
                g.add(anchors.id(s.toLowerCase(Locale.ROOT)));
            }
            this.gate = g.stream().mapToInt(Integer::intValue).toArray();
        } else {
            this.gate = null;
        }
    }

    /** The longest run of letters and digits of a phrase, in lower case; a short phrase like "R&D" whole. */
    static String anchor(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        String best = "";
        for (String part : lower.split("[^\\p{L}\\p{N}]+")) {
            if (part.length() > best.length()) {
                best = part;
            }
        }
        if (best.length() < 3 && !lower.contains(" ") && !lower.contains("-") && !lower.contains("*")) {
            return lower;
        }
        return best;
    }

    private boolean gated(Entry e, Probe p) {
        if (e.anchor() >= 0) {
            return p.present().get(e.anchor());
        }
        if (gate == null) {
            return true;
        }
        for (int g : gate) {
            if (p.present().get(g)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any entry occurs in the sentence. */
    boolean in(Probe p) {
        for (Entry e : entries) {
            if (gated(e, p) && e.pattern().matcher(p.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The first place in the sentence where an entry occurs (the longest entry there), or null. */
    @Nullable Hit first(Probe p) {
        Hit best = null;
        for (Entry e : entries) {
            if (!gated(e, p)) {
                continue;
            }
            Matcher m = e.pattern().matcher(p.text());
            if (m.find() && (best == null || m.start() < best.start()
                    || (m.start() == best.start() && m.end() > best.end()))) {
                best = new Hit(e.source(), m.group(), m.start(), m.end());
            }
        }
        return best;
    }

    /** Every place where an entry occurs, left to right; of overlapping matches the earlier (then longer) is kept. */
    List<Hit> all(Probe p) {
        List<Hit> found = new ArrayList<>();
        for (Entry e : entries) {
            if (!gated(e, p)) {
                continue;
            }
            Matcher m = e.pattern().matcher(p.text());
            while (m.find()) {
                found.add(new Hit(e.source(), m.group(), m.start(), m.end()));
            }
        }
        found.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
        List<Hit> out = new ArrayList<>();
        int end = -1;
        for (Hit h : found) {
            if (h.start() >= end) {
                out.add(h);
                end = h.end();
            }
        }
        return out;
    }
}
