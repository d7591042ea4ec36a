package org.gvc4j.deals.text;

/**
 * The language of a text: an ISO 639-1 code ({@code en}, {@code fr}, ...) or {@code und} (undetermined), and its
 * English name.
 */
public record Language(String code, String name) {
    /** The language could not be told (too little text, or two languages equally likely). */
    public static final Language UNDETERMINED = new Language("und", "undetermined");

    /** Whether the coding rules apply: they are written for English only. */
    public boolean isEnglish() {
        return code.equals("en");
    }

    @Override
    public String toString() {
        return code;
    }
}
