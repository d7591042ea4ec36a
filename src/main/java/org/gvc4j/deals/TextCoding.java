package org.gvc4j.deals;

import java.util.Arrays;
import java.util.List;
import org.gvc4j.deals.text.AgreementText;
import org.gvc4j.error.GvcException;

/**
 * Codes agreement texts with rules (the GVC Development Report 2025, chapter 8, footnote 15; Fig. 8.5; Annexes
 * 8.3–8.4): bindingness, dispute settlement, validity and provision areas, each label with the sentence behind it.
 * An immutable specification, like {@link org.gvc4j.stats.Estimate}: texts and rules in, {@link #code()} out.
 *
 * <pre>{@code
 * List<AgreementText> texts = AgreementText.readAll(List.of(Path.of("texts")));
 * CodedTexts coded = TextCoding.of(texts).code();                 // built-in rules
 * CodedTexts mine = TextCoding.of(texts).withRules(CodingRules.read(Path.of("my-rules.txt"))).code();
 * Table t = coded.toTable();          // document, language, binding, binding_evidence, dispute, ...
 * }</pre>
 *
 * Texts not in English are reported with their language and {@code not coded}: a deliberate difference from the
 * report, which translated them first. The rules are data ({@link CodingRules}); the provision lexicons approximate
 * the report's hand coding.
 */
public final class TextCoding {
    private final List<AgreementText> texts;
    private final CodingRules rules;

    private TextCoding(List<AgreementText> texts, CodingRules rules) {
        this.texts = List.copyOf(texts);
        this.rules = rules;
    }

    /** Texts to code with the built-in rules. */
    public static TextCoding of(List<AgreementText> texts) {
        return new TextCoding(texts, CodingRules.defaults());
    }

    public static TextCoding of(AgreementText... texts) {
        return of(Arrays.asList(texts));
    }

    /** The same texts under other rules. */
    public TextCoding withRules(CodingRules rules) {
        return new TextCoding(texts, rules);
    }

    public CodingRules getRules() {
        return rules;
    }

    public List<AgreementText> getTexts() {
        return texts;
    }

    /** Codes every text (in parallel; the result is in the order of the texts and does not depend on threads). */
    public CodedTexts code() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (AgreementText t : texts) {
            if (!names.add(t.getName())) {
                throw new GvcException("two texts are named \"" + t.getName() + "\": document names must be unique");
            }
        }
        Compiled c = rules.compiled();
        List<CodedText> coded = texts.parallelStream().map(t -> Coder.code(t, c)).toList();
        return new CodedTexts(coded, rules);
    }
}
