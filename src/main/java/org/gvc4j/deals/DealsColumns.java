package org.gvc4j.deals;

/**
 * Column names and labels of text coding ({@code gvc code-texts}, {@link CodedTexts#toTable()}) and of the dyad-year
 * panel ({@link org.gvc4j.deals.panel.DealPanel}), in one place.
 */
public final class DealsColumns {
    private DealsColumns() {
    }

    // coded texts: one row per document
    /** The file name without extension. */
    public static final String DOCUMENT = "document";
    /** ISO 639-1 code of the text's language, {@code und} if undetermined. */
    public static final String LANGUAGE = "language";
    public static final String BINDING = "binding";
    public static final String BINDING_EVIDENCE = "binding_evidence";
    public static final String DISPUTE = "dispute";
    public static final String DISPUTE_EVIDENCE = "dispute_evidence";
    public static final String VALIDITY = "validity";
    public static final String VALIDITY_EVIDENCE = "validity_evidence";
    public static final String BINDING_WHERE = "binding_where";
    public static final String DISPUTE_WHERE = "dispute_where";
    public static final String VALIDITY_WHERE = "validity_where";
    /** Why a document was not coded, decoding fallbacks and the like. */
    public static final String NOTE = "note";

    // evidence: one row per signal
    public static final String FIELD = "field";
    public static final String LABEL = "label";
    public static final String SENTENCE = "sentence";
    public static final String WHERE = "where";
    public static final String CHAPTER = "chapter";
    public static final String ARTICLE = "article";
    public static final String LINE = "line";
    public static final String PAGE = "page";
    public static final String TERM = "term";
    public static final String DECISIVE = "decisive";
    public static final String DOCUMENTS = "documents";

    // labels
    public static final String LABEL_BINDING = "binding";
    public static final String LABEL_NON_BINDING = "non-binding";
    public static final String LABEL_ADJUDICATIVE = "adjudicative";
    public static final String LABEL_CONSULTATIVE = "consultative";
    public static final String LABEL_AUTOMATIC_RENEWAL = "automatic renewal";
    public static final String LABEL_FIXED_TERM = "fixed term";
    public static final String LABEL_NO_DURATION = "no duration";
    public static final String LABEL_NOT_SPECIFIED = "not specified";
    /** A text not in English (or of undetermined language): reported, never coded. */
    public static final String LABEL_NOT_CODED = "not coded";
}
