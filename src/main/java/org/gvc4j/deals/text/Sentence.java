package org.gvc4j.deals.text;

import org.jspecify.annotations.Nullable;

/**
 * One sentence (or list item) of an agreement text.
 *
 * @param text       the sentence exactly as it stands in the source text (line breaks, stray hyphens and page numbers
 *                   included), without a leading list marker such as {@code 2.} or {@code (b)}: always a verbatim
 *                   substring of the document
 * @param normalized what the coding rules read: words broken across lines joined, soft hyphens, page numbers and
 *                   repeated blanks dropped, ligatures and typographic quotes made plain
 * @param location   chapter and article, or page and line
 * @param leadIn     for an item of a list, the normalized sentence that introduces the list ({@code "The Parties shall:"});
 *                   null otherwise
 */
public record Sentence(String text, String normalized, Location location, @Nullable String leadIn) {
}
