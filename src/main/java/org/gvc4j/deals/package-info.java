/**
 * Targeted trade deals (GVC Development Report 2025, chapter 8): coding agreement texts with evidence, a deal
 * database and the dyad-year panel.
 *
 * <p>Text coding follows {@code org.gvc4j.stats.Estimate}'s shape: an immutable specification, one terminal, tables.
 * <table>
 *   <caption>What is coded, what it means, where to get it</caption>
 *   <tr><th>label</th><th>meaning (rule in {@code coding-rules.txt})</th><th>in code</th></tr>
 *   <tr><td>binding</td><td>{@code binding}: a legal actor is the subject of "shall"/"must"/"is obligated to";
 *   {@code non-binding}: the text disclaims its own legal force (wins over obligations); {@code not specified}</td>
 *   <td>{@link org.gvc4j.deals.CodedText#getBinding()}, {@link org.gvc4j.deals.CodedText#getBindingEvidence()}</td></tr>
 *   <tr><td>dispute</td><td>{@code adjudicative}: a dispute sentence names arbitration, a tribunal or a binding decision
 *   (not negated); {@code consultative}: only consultations, negotiation, panels of experts; {@code not specified}</td>
 *   <td>{@link org.gvc4j.deals.CodedText#getDispute()}, {@link org.gvc4j.deals.CodedText#getDisputeEvidence()}</td></tr>
 *   <tr><td>validity</td><td>{@code automatic renewal} &gt; {@code fixed term} &gt; {@code no duration};
 *   {@code not specified}</td><td>{@link org.gvc4j.deals.CodedText#getValidity()}</td></tr>
 *   <tr><td>provision p</td><td>0 absent, 1 mentioned, 2 cooperation, 3 commitment of the parties (at most 2 in a
 *   non-binding text); lexicons approximate the report's hand coding</td>
 *   <td>{@link org.gvc4j.deals.CodedText#getProvisions()}, {@link org.gvc4j.deals.CodedText#provisionEvidence(String)}</td></tr>
 *   <tr><td>language</td><td>ISO 639-1; anything but {@code en} is {@code not coded}</td>
 *   <td>{@link org.gvc4j.deals.CodedText#getLanguage()}</td></tr>
 * </table>
 *
 * <p>Entry points: {@link org.gvc4j.deals.text.AgreementText} (reading texts), {@link org.gvc4j.deals.TextCoding}
 * (the specification), {@link org.gvc4j.deals.CodedTexts} (tables), {@link org.gvc4j.deals.CodingRules} (the rules as
 * data), and {@code org.gvc4j.deals.panel} for deals as dyad-years. Column names: {@link org.gvc4j.deals.DealsColumns}.
 *
 * <p>Not implemented: translating texts (the report translated non-English texts; gvc4j reports them as not coded);
 * coding provisions by reading (the lexicons find words, not meaning).
 */
@NullMarked
package org.gvc4j.deals;

import org.jspecify.annotations.NullMarked;
