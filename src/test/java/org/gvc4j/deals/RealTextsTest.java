package org.gvc4j.deals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gvc4j.deals.text.AgreementText;
import org.gvc4j.deals.text.Sentence;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 12 real agreements of {@code ../shared/reference/texts/tota} (ToTA 0.5.0): every document coded, labels pinned,
 * and every evidence sentence found verbatim in the file, inside the article its location names.
 */
class RealTextsTest {
    static final Path TOTA = Path.of("../shared/reference/texts/tota");
    static List<AgreementText> texts;
    static CodedTexts coded;

    @BeforeAll
    static void codeAll() {
        Assumptions.assumeTrue(Files.isDirectory(TOTA), TOTA + " absent: skipping the real-text checks");
        texts = AgreementText.readAll(List.of(TOTA));
        coded = TextCoding.of(texts).code();
    }

    @Test
    void everyDocumentIsCodedAsPinned() {
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("pta_113", "binding|consultative|no duration"),
                Map.entry("pta_135", "not specified|not specified|not specified"),
                Map.entry("pta_155", "binding|adjudicative|no duration"),
                Map.entry("pta_204", "binding|consultative|no duration"),
                Map.entry("pta_24", "binding|adjudicative|no duration"),
                Map.entry("pta_27", "binding|adjudicative|no duration"),
                Map.entry("pta_30", "binding|adjudicative|no duration"),
                Map.entry("pta_304", "binding|consultative|no duration"),
                Map.entry("pta_37", "binding|adjudicative|no duration"),
                Map.entry("pta_439", "binding|adjudicative|no duration"),
                Map.entry("pta_62", "binding|adjudicative|no duration"),
                Map.entry("pta_77", "not specified|consultative|no duration")));
        Map<String, String> actual = new TreeMap<>();
        for (CodedText d : coded.getDocuments()) {
            assertEquals("en", d.getLanguage().code(), d.getDocument());
            actual.put(d.getDocument(), d.getBinding() + "|" + d.getDispute() + "|" + d.getValidity());
        }
        assertEquals(expected, actual);
    }

    @Test
    void theTrapsOfRealTreatiesAreHandled() {
        // pta_77 binds with "will" only (no mandatory term): not specified; its disputes go to negotiations
        CodedText ge = coded.document("pta_77");
        assertEquals("Disputes between Sides concerning interpretation and application of the agreement's provisions "
                + "will be settled through negotiations.", ge.getDisputeEvidence().sentence());
        // pta_135: "Member States shall" appears only inside quoted words; Iceland and the Council are not actors
        assertTrue(coded.document("pta_135").getEvidence().stream().noneMatch(e -> e.field().equals("binding")));
        // pta_24 mentions the "APEC Non-Binding Principles" inside a binding treaty: not a disclaimer
        assertEquals("binding", coded.document("pta_24").getBinding());
        // pta_304: "arbitrary discrimination" is no arbitration
        assertEquals("consultative", coded.document("pta_304").getDispute());
        // pta_24: the evidence of arbitration comes from its Dispute Settlement chapter
        assertEquals("CHAPTER 20 Dispute Settlement", coded.document("pta_24").getDisputeEvidence().location().chapter());
        // pta_37: "a contract for an indefinite period" (procurement valuation) is not the treaty's duration
        assertEquals("ARTICLE 23.4 Entry Into Force And Termination",
                coded.document("pta_37").getValidityEvidence().location().article());
    }

    @Test
    void everyEvidenceSentenceOccursVerbatimInItsArticle() throws IOException {
        int checked = 0;
        for (CodedText d : coded.getDocuments()) {
            String raw = Files.readString(TOTA.resolve(d.getDocument() + ".xml"));
            AgreementText t = texts.stream().filter(x -> x.getName().equals(d.getDocument())).findFirst().orElseThrow();
            for (Evidence e : d.getEvidence()) {
                assertFalse(e.sentence().isBlank(), d.getDocument() + " " + e);
                assertTrue(t.getText().contains(e.sentence()), d.getDocument() + ": not in the text: " + e.sentence());
                String article = article(raw, e.location().articleId());
                assertTrue(article.contains(xmlEscape(e.sentence())), d.getDocument() + ": not verbatim in article "
                        + e.location().articleId() + ": " + e.sentence());
                checked++;
            }
            List<Evidence> decisive = new ArrayList<>();
            for (String f : List.of("binding", "dispute", "validity")) {
                d.evidence(f).stream().filter(Evidence::decisive).forEach(decisive::add);
            }
            assertEquals((d.getBinding().equals("not specified") ? 0 : 1) + (d.getDispute().equals("not specified")
                    ? 0 : 1) + (d.getValidity().equals("not specified") ? 0 : 1), decisive.size(), d.getDocument());
        }
        assertTrue(checked > 1000, "evidence rows checked: " + checked);
    }

    @Test
    void everySentenceIsAVerbatimSubstringWithChapterAndArticle() {
        int sentences = 0;
        for (AgreementText t : texts) {
            assertTrue(t.getSentences().size() > 30, t.getName() + ": " + t.getSentences().size());
            for (Sentence s : t.getSentences()) {
                assertTrue(t.getText().contains(s.text()), t.getName() + ": " + s.text());
                assertFalse(s.location().articleId().isEmpty() && s.location().chapterId().isEmpty(), s.toString());
                sentences++;
            }
        }
        assertTrue(sentences > 8000, "sentences: " + sentences);
    }

    @Test
    void theTotaMetadataIsRead() {
        AgreementText ge = texts.stream().filter(x -> x.getName().equals("pta_77")).findFirst().orElseThrow();
        assertEquals("Georgia - Turkmenistan", ge.getMetadata().get("name"));
        assertEquals("1996-03-20", ge.getMetadata().get("date_signed"));
        assertEquals("GEO;TKM", ge.getMetadata().get("parties"));
        assertEquals("Bilateral", ge.getMetadata().get("composition"));
        assertEquals(AgreementText.Format.TOTA, ge.getFormat());
    }

    /** The text of the article element with that identifier in the raw file. */
    private static String article(String raw, String id) {
        int at = raw.indexOf("article_identifier=\"" + id + "\"");
        assertTrue(at > 0, "no article " + id);
        int start = raw.indexOf('>', at) + 1;
        int end = raw.indexOf("</article>", start);
        return raw.substring(start, end);
    }

    private static String xmlEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
