package org.gvc4j.deals;

import static org.gvc4j.deals.DealsColumns.BINDING;
import static org.gvc4j.deals.DealsColumns.DISPUTE;
import static org.gvc4j.deals.DealsColumns.VALIDITY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.deals.text.AgreementText;
import org.gvc4j.deals.text.Sentence;
import org.jspecify.annotations.Nullable;

/** Applies the compiled rules to one text, sentence by sentence, and decides its labels. */
final class Coder {
    private Coder() {
    }

    /** A candidate sentence for a label, with its rank (lower is better evidence). */
    private record Candidate(Sentence sentence, String term, int rank) {
    }

    static CodedText code(AgreementText t, Compiled c) {
        List<String> notes = new ArrayList<>(t.getNotes());
        if (!t.getLanguage().isEnglish()) {
            notes.add(0, (t.getLanguage().code().equals("und") ? "language undetermined" : "language "
                    + t.getLanguage().code() + " (" + t.getLanguage().name() + ")")
                    + ": not coded (the rules are written for English; the report translated such texts first)");
            String nc = DealsColumns.LABEL_NOT_CODED;
            return new CodedText(t.getName(), t.getLanguage(), nc, nc, nc, Map.of(), List.of(), notes);
        }
        Candidate disclaimer = null;
        Candidate obligation = null;
        Candidate adjudicative = null;
        Candidate consultative = null;
        Candidate renewal = null;
        Candidate fixed = null;
        Candidate indefinite = null;
        Map<String, List<Candidate>> hits = new LinkedHashMap<>();
        for (String p : c.provisions.keySet()) {
            hits.put(p, new ArrayList<>());
        }
        for (Sentence s : t.getSentences()) {
            String n = s.normalized();
            Probe pr = c.probe(n);
            // binding
            if (disclaimer == null) {
                Lexicon.Hit h = c.disclaimers.first(pr);
                if (h != null) {
                    disclaimer = new Candidate(s, "disclaimer: " + h.matched(), 0);
                }
            }
            Lexicon.Hit ob = null;
            boolean obTested = obligation == null;
            if (obTested) {
                ob = c.obligation(pr);
                if (ob != null) {
                    obligation = new Candidate(s, ob.entry() + ": " + ob.matched(), 0);
                }
            }
            // dispute settlement: best evidence in a dispute chapter, then a dispute article, then anywhere
            boolean inChapter = c.in(c.disputeHeadings, s.location().chapter());
            boolean inArticle = !inChapter && c.in(c.disputeHeadings, s.location().article() + " "
                    + s.location().heading());
            boolean trigger = c.disputeTriggers.in(pr);
            if (trigger || inChapter || inArticle) {
                int rank = !trigger ? 3 : inChapter ? 0 : inArticle ? 1 : 2;
                Lexicon.Hit a = c.adjudication(pr);
                if (a != null && (adjudicative == null || rank < adjudicative.rank())) {
                    adjudicative = new Candidate(s, a.entry() + ": " + a.matched(), rank);
                }
                Lexicon.Hit k = c.consultative.first(pr);
                if (k != null && (consultative == null || rank < consultative.rank())) {
                    consultative = new Candidate(s, k.entry() + ": " + k.matched(), rank);
                }
            }
            // validity
            if (renewal == null) {
                Lexicon.Hit h = c.renewal.first(pr);
                if (h != null && !c.notAutomatic.in(pr)) {
                    renewal = new Candidate(s, h.matched(), 0);
                }
            }
            if (fixed == null) {
                Lexicon.Hit h = c.fixedTerm.first(pr);
                if (h != null) {
                    fixed = new Candidate(s, h.matched(), 0);
                }
            }
            if (indefinite == null) {
                Lexicon.Hit h = c.noDuration.first(pr);
                if (h != null) {
                    indefinite = new Candidate(s, h.matched(), 0);
                }
            }
            // provisions
            for (Map.Entry<String, Lexicon> p : c.provisions.entrySet()) {
                Lexicon.Hit h = p.getValue().first(pr);
                if (h == null) {
                    continue;
                }
                String lead = s.leadIn();
                if (!obTested) {
                    ob = c.obligation(pr);
                    obTested = true;
                }
                int level = 1;
                if (ob != null || (lead != null && c.obligation(lead) != null)) {
                    level = 3;
                } else if (c.cooperation.in(pr) || (lead != null && c.cooperation.in(c.probe(lead)))) {
                    level = 2;
                }
                hits.get(p.getKey()).add(new Candidate(s, h.entry() + ": " + h.matched(), level));
            }
        }
        List<Evidence> ev = new ArrayList<>();
        String binding;
        if (disclaimer != null) {
            binding = DealsColumns.LABEL_NON_BINDING;
            add(ev, BINDING, binding, disclaimer, true);
            add(ev, BINDING, DealsColumns.LABEL_BINDING, obligation, false);
        } else if (obligation != null) {
            binding = DealsColumns.LABEL_BINDING;
            add(ev, BINDING, binding, obligation, true);
        } else {
            binding = DealsColumns.LABEL_NOT_SPECIFIED;
        }
        String dispute;
        if (adjudicative != null) {
            dispute = DealsColumns.LABEL_ADJUDICATIVE;
            add(ev, DISPUTE, dispute, adjudicative, true);
            add(ev, DISPUTE, DealsColumns.LABEL_CONSULTATIVE, consultative, false);
        } else if (consultative != null) {
            dispute = DealsColumns.LABEL_CONSULTATIVE;
            add(ev, DISPUTE, dispute, consultative, true);
        } else {
            dispute = DealsColumns.LABEL_NOT_SPECIFIED;
        }
        String validity = DealsColumns.LABEL_NOT_SPECIFIED;
        boolean decided = false;
        for (Object[] v : new Object[][] {{DealsColumns.LABEL_AUTOMATIC_RENEWAL, renewal},
            {DealsColumns.LABEL_FIXED_TERM, fixed}, {DealsColumns.LABEL_NO_DURATION, indefinite}}) {
            Candidate cand = (Candidate) v[1];
            if (cand == null) {
                continue;
            }
            if (!decided) {
                validity = (String) v[0];
            }
            add(ev, VALIDITY, (String) v[0], cand, !decided);
            decided = true;
        }
        int cap = binding.equals(DealsColumns.LABEL_NON_BINDING) ? 2 : 3;
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Map.Entry<String, List<Candidate>> p : hits.entrySet()) {
            int best = 0;
            for (Candidate h : p.getValue()) {
                best = Math.max(best, Math.min(cap, h.rank()));
            }
            scores.put(p.getKey(), best);
            boolean first = true;
            for (Candidate h : p.getValue()) {
                int level = Math.min(cap, h.rank());
                boolean decisive = first && level == best;
                first &= !decisive;
                ev.add(new Evidence(p.getKey(), Integer.toString(level), h.sentence().text(), h.sentence().location(),
                        h.term(), decisive));
            }
        }
        return new CodedText(t.getName(), t.getLanguage(), binding, dispute, validity, scores, ev, notes);
    }

    private static void add(List<Evidence> ev, String field, String label, @Nullable Candidate c, boolean decisive) {
        if (c != null) {
            ev.add(new Evidence(field, label, c.sentence().text(), c.sentence().location(), c.term(), decisive));
        }
    }
}
