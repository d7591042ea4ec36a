package org.gvc4j.deals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.deals.text.Language;
import org.jspecify.annotations.Nullable;

/**
 * One document coded: its labels, the sentence behind each, every provision hit, and notes. A text not in English
 * has every label {@code not coded} and no provision scores (reported, never coded).
 */
public final class CodedText {
    private final String document;
    private final Language language;
    private final String binding;
    private final String dispute;
    private final String validity;
    private final Map<String, Integer> provisions;
    private final List<Evidence> evidence;
    private final List<String> notes;

    CodedText(String document, Language language, String binding, String dispute, String validity,
              Map<String, Integer> provisions, List<Evidence> evidence, List<String> notes) {
        this.document = document;
        this.language = language;
        this.binding = binding;
        this.dispute = dispute;
        this.validity = validity;
        this.provisions = Collections.unmodifiableMap(new LinkedHashMap<>(provisions));
        this.evidence = List.copyOf(evidence);
        this.notes = List.copyOf(notes);
    }

    /** The document's name (file name without extension). */
    public String getDocument() {
        return document;
    }

    public Language getLanguage() {
        return language;
    }

    /** Whether the rules were applied (English texts only). */
    public boolean isCoded() {
        return !binding.equals(DealsColumns.LABEL_NOT_CODED);
    }

    /** {@code binding}, {@code non-binding}, {@code not specified} or {@code not coded}. */
    public String getBinding() {
        return binding;
    }

    /** {@code adjudicative}, {@code consultative}, {@code not specified} or {@code not coded}. */
    public String getDispute() {
        return dispute;
    }

    /** {@code automatic renewal}, {@code fixed term}, {@code no duration}, {@code not specified} or {@code not coded}. */
    public String getValidity() {
        return validity;
    }

    /** Provision scores 0–3 by column, in the rules' order; empty when not coded. */
    public Map<String, Integer> getProvisions() {
        return provisions;
    }

    /** The sentence that decided the binding label, or null ({@code not specified}, {@code not coded}). */
    public @Nullable Evidence getBindingEvidence() {
        return decisive(DealsColumns.BINDING);
    }

    public @Nullable Evidence getDisputeEvidence() {
        return decisive(DealsColumns.DISPUTE);
    }

    public @Nullable Evidence getValidityEvidence() {
        return decisive(DealsColumns.VALIDITY);
    }

    /** The sentence behind a provision's score (the first at its level), or null when the score is 0. */
    public @Nullable Evidence provisionEvidence(String provision) {
        return decisive(provision);
    }

    /** Every signal found: the decisive sentence of each label, other signals, and every provision hit. */
    public List<Evidence> getEvidence() {
        return evidence;
    }

    /** The evidence of one field ({@code binding}, {@code dispute}, {@code validity} or a provision). */
    public List<Evidence> evidence(String field) {
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.field().equals(field)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Why it was not coded, and other things to know about the text. */
    public List<String> getNotes() {
        return notes;
    }

    private @Nullable Evidence decisive(String field) {
        for (Evidence e : evidence) {
            if (e.decisive() && e.field().equals(field)) {
                return e;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return document + ": " + language.code() + ", " + binding + ", " + dispute + ", " + validity;
    }
}
