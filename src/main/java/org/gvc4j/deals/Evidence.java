package org.gvc4j.deals;

import org.gvc4j.deals.text.Location;

/**
 * Why a document got a label: the sentence (verbatim from the text), where it is, and the words of the rule that
 * matched.
 *
 * @param field    {@code binding}, {@code dispute}, {@code validity} or a provision column
 * @param label    the label this sentence supports ({@code binding}, {@code non-binding}, {@code adjudicative}, ...);
 *                 for a provision the level {@code 1}, {@code 2} or {@code 3}
 * @param sentence the sentence exactly as in the text
 * @param location chapter and article, or page and line
 * @param term     what matched in it: the rule entry and, after a colon, the words found
 * @param decisive true for the sentence reported as the label's evidence; false for other signals found
 */
public record Evidence(String field, String label, String sentence, Location location, String term, boolean decisive) {
}
