package org.gvc4j.deals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gvc4j.error.GvcException;
import org.jspecify.annotations.Nullable;

/** The rules compiled, with the sentence-level tests they define (see coding-rules.txt for each rule in words). */
final class Compiled {
    /** Where a clause ends and a new one may start, for finding the subject of a mandatory term. */
    private static final Pattern CLAUSE = Pattern.compile(
            "[,;:()\\[\\]]|\\b(?:that|which|who|whom|whose|where|whereby|when|whenever|if|unless|whereas|while|because"
                    + "|although|provided|so)\\b", Pattern.CASE_INSENSITIVE);
    /** First words of a clause that modifies rather than names the subject ("in accordance with its laws"). */
    private static final Set<String> MODIFIERS = Set.of("in", "with", "subject", "for", "upon", "at", "on", "under",
            "by", "to", "from", "within", "without", "after", "before", "during", "notwithstanding", "pursuant",
            "except", "as", "including", "however", "therefore", "moreover", "furthermore", "nevertheless",
            "accordingly", "also", "thereafter", "thereby", "hereby", "and", "or", "but", "then", "thus", "where",
            "whenever", "unless", "if", "when", "hereinafter", "respectively", "mutatis", "inter", "e.g", "i.e");
    /** Conjunctions that may open a clause before its subject ("and the Parties shall"). */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "then", "thus", "so", "nor");
    /** First words that start a subject noun phrase. */
    private static final Set<String> SUBJECT_WORDS = Set.of("it", "they", "there", "this", "these", "those",
            "nothing", "none", "we", "he", "she", "its", "their", "his", "her", "our");
    /** Words that may follow an actor in its subject ("Each Party in accordance with", "the Parties jointly"). */
    private static final Set<String> AFTER_ACTOR = Set.of("of", "and", "or", "to", "that", "which", "who",
            "concerned", "jointly", "themselves", "itself", "individually", "respectively", "together", "mutually",
            "also", "hereto", "thereto", "acting", "through", "in", "at", "by", "with", "under", "may", "will",
            "shall", "should", "can", "must", "are", "is", "hereby", "further", "each", "both", "alone", "only",
            "not", "nor", "either", "as", "on", "for", "when", "where", "if", "so", "however", "therefore", "then",
            "accordingly", "thus", "undertake", "agree");

    final CodingRules rules;
    private final Anchors anchors = new Anchors();
    final Pattern mandatory;
    private final int[] mandatoryAnchors;
    private final Pattern actorAtStart;
    private final Set<String> determiners;
    final Lexicon disclaimers;
    final Lexicon disputeTriggers;
    final Lexicon disputeHeadings;
    final Lexicon adjudicative;
    final Lexicon consultative;
    private final Set<String> negators;
    private final int negationWindow;
    final Lexicon renewal;
    final Lexicon notAutomatic;
    final Lexicon fixedTerm;
    final Lexicon noDuration;
    final Lexicon cooperation;
    final Map<String, Lexicon> provisions = new LinkedHashMap<>();

    Compiled(CodingRules r) {
        this.rules = r;
        this.mandatory = CodingRules.compile("mandatory", r.sectionRegex("mandatory", List.of()));
        List<Integer> ma = new ArrayList<>();
        for (String m : r.entries("mandatory")) {
            ma.add(m.startsWith("re:") ? -1 : anchors.id(Lexicon.anchor(m)));
        }
        this.mandatoryAnchors = ma.contains(-1) ? new int[0] : ma.stream().mapToInt(Integer::intValue).toArray();
        this.actorAtStart = CodingRules.compile("actors", "^" + r.sectionRegex("actors", List.of()));
        this.determiners = lower(r.entries("determiners"));
        this.disclaimers = new Lexicon(r, "disclaimers", anchors);
        this.disputeTriggers = new Lexicon(r, "dispute.triggers", anchors);
        this.disputeHeadings = new Lexicon(r, "dispute.headings", anchors);
        this.adjudicative = new Lexicon(r, "dispute.adjudicative", anchors);
        this.consultative = new Lexicon(r, "dispute.consultative", anchors);
        this.negators = lower(r.entries("dispute.negators"));
        String w = r.setting("negation_window", "5");
        try {
            this.negationWindow = Integer.parseInt(w);
        } catch (NumberFormatException e) {
            throw new GvcException("rules [settings]: negation_window must be a whole number, got " + w);
        }
        this.renewal = new Lexicon(r, "validity.renewal", anchors);
        this.notAutomatic = new Lexicon(r, "validity.not_automatic", anchors);
        this.fixedTerm = new Lexicon(r, "validity.fixed_term", anchors);
        this.noDuration = new Lexicon(r, "validity.no_duration", anchors);
        this.cooperation = new Lexicon(r, "scale.cooperation", anchors);
        for (String p : r.getProvisions()) {
            provisions.put(p, new Lexicon(r, "provision." + p, anchors));
        }
        anchors.build();
    }

    private static Set<String> lower(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String s : words) {
            out.add(s.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** A sentence prepared for the tests below. */
    Probe probe(String text) {
        return Probe.of(text, anchors);
    }

    /** Whether a lexicon occurs in a text (for short texts such as titles). */
    boolean in(Lexicon lexicon, String text) {
        return !text.isEmpty() && lexicon.in(probe(text));
    }

    // ---- binding ------------------------------------------------------------------------------------------------

    /** The first mandatory term in the sentence whose subject is a legal actor, or null. */
    Lexicon.@Nullable Hit obligation(String s) {
        return obligation(probe(s));
    }

    /** The same for a probed sentence (the pattern is skipped when no mandatory word occurs). */
    Lexicon.@Nullable Hit obligation(Probe p) {
        boolean any = mandatoryAnchors.length == 0;
        for (int a : mandatoryAnchors) {
            any |= p.present().get(a);
        }
        if (!any) {
            return null;
        }
        String s = p.text();
        Matcher m = mandatory.matcher(s);
        while (m.find()) {
            if (quoted(s, m.start())) {
                continue; // words quoted from another text ("the words \"Member States shall ...\"") bind no one here
            }
            String subject = subjectBefore(s, m.start());
            if (subject != null && isActor(subject)) {
                return new Lexicon.Hit(m.group().toLowerCase(Locale.ROOT), subject.strip() + " " + m.group(),
                        m.start(), m.end());
            }
        }
        return null;
    }

    /** Whether {@code pos} lies inside a quotation: an odd number of double quotes before it. */
    static boolean quoted(String s, int pos) {
        int q = 0;
        for (int i = 0; i < pos; i++) {
            q += s.charAt(i) == '"' ? 1 : 0;
        }
        return q % 2 == 1;
    }

    /**
     * The subject of a verb at {@code pos}: the last clause before it that starts like a noun phrase, skipping
     * modifying clauses ("in accordance with its laws") and relative clauses ("that applies the measure").
     */
    @Nullable String subjectBefore(String s, int pos) {
        String pre = s.substring(0, pos);
        List<String> segs = new ArrayList<>();
        Matcher b = CLAUSE.matcher(pre);
        int last = 0;
        while (b.find()) {
            segs.add(pre.substring(last, b.start()));
            last = b.end();
        }
        segs.add(pre.substring(last));
        for (int k = segs.size() - 1; k >= 0; k--) {
            String seg = segs.get(k).strip();
            String first = firstWord(seg);
            while (CONJUNCTIONS.contains(first) && seg.length() > first.length()) {
                seg = seg.substring(first.length()).strip();
                first = firstWord(seg);
            }
            if (seg.isEmpty() || CONJUNCTIONS.contains(first) && seg.length() == first.length()) {
                continue;
            }
            if (MODIFIERS.contains(first) && k > 0) {
                continue;
            }
            if (k == 0 || SUBJECT_WORDS.contains(first) || determiners.contains(first)
                    || Character.isUpperCase(seg.charAt(0)) || actorAtStart.matcher(seg).lookingAt()) {
                return seg;
            }
        }
        return null;
    }

    /** The subject names a legal actor: determiners, then an actor, not possessive and not the head of a compound. */
    boolean isActor(String subject) {
        String rest = subject.strip();
        while (true) {
            String w = firstWord(rest);
            if (!w.isEmpty() && determiners.contains(w) && rest.length() > w.length()) {
                rest = rest.substring(w.length()).strip();
            } else {
                break;
            }
        }
        Matcher m = actorAtStart.matcher(rest);
        if (!m.lookingAt()) {
            return false;
        }
        String after = rest.substring(m.end());
        if (after.startsWith("'") || after.startsWith("\u2019")) {
            return false; // "the Parties' representatives", "each Party's authority"
        }
        if (m.group().toLowerCase(Locale.ROOT).endsWith(" of") || after.isBlank()) {
            return true;
        }
        String next = firstWord(after.strip());
        return next.isEmpty() || AFTER_ACTOR.contains(next) || after.strip().startsWith("(");
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        return s.substring(0, i).toLowerCase(Locale.ROOT);
    }

    // ---- dispute settlement ---------------------------------------------------------------------------------------

    /** The first adjudication term in the sentence that is not negated in its clause, or null. */
    Lexicon.@Nullable Hit adjudication(Probe p) {
        for (Lexicon.Hit h : adjudicative.all(p)) {
            if (!negated(p.text(), h.start())) {
                return h;
            }
        }
        return null;
    }

    /** A negation within the window of words before {@code pos}, in the same clause. */
    boolean negated(String s, int pos) {
        int from = pos;
        while (from > 0 && ",;:".indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        String[] words = s.substring(from, pos).toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        int seen = 0;
        for (int i = words.length - 1; i >= 0 && seen < negationWindow; i--) {
            if (words[i].isEmpty()) {
                continue;
            }
            seen++;
            if (negators.contains(words[i]) || words[i].endsWith("n't")) {
                return true;
            }
        }
        return false;
    }
}
