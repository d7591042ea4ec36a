/**
 * Agreement texts for coding: readers for plain text, the ToTA XML format and PDF
 * ({@link org.gvc4j.deals.text.AgreementText}), a sentence splitter built for OCR'd treaty texts
 * ({@link org.gvc4j.deals.text.SentenceSplitter}: broken lines, stray hyphens, page numbers, lists), and a language
 * detector without a library ({@link org.gvc4j.deals.text.LanguageDetector}, rules in {@code languages.txt}).
 * Every {@link org.gvc4j.deals.text.Sentence} keeps its verbatim source text and its
 * {@link org.gvc4j.deals.text.Location} (chapter and article, or page and line).
 */
@NullMarked
package org.gvc4j.deals.text;

import org.jspecify.annotations.NullMarked;
