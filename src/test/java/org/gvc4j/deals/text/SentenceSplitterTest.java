package org.gvc4j.deals.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence splitting on what OCR'd treaty texts look like; every sentence stays a verbatim substring. */
class SentenceSplitterTest {

    static List<Sentence> split(String text) {
        AgreementText t = AgreementText.ofText("t", text);
        for (Sentence s : t.getSentences()) {
            assertTrue(text.contains(s.text()), "not verbatim: " + s.text());
        }
        return t.getSentences();
    }

    static List<String> normalized(String text) {
        return split(text).stream().map(Sentence::normalized).toList();
    }

    @Test
    void brokenLinesAndStrayHyphensAreJoined() {
        List<Sentence> s = split("The Parties shall\ncooperate on cyber-\nsecurity and on obli- gations. Each Party "
                + "shall act.");
        assertEquals(2, s.size());
        assertEquals("The Parties shall cooperate on cybersecurity and on obligations.", s.get(0).normalized());
        assertEquals("The Parties shall\ncooperate on cyber-\nsecurity and on obli- gations.", s.get(0).text());
        assertEquals(List.of("It covers medium- and long-term plans."), normalized("It covers medium- and long-term plans."));
    }

    @Test
    void pageNumbersSoftHyphensLigaturesAndQuotesAreCleaned() {
        assertEquals(List.of("The Parties shall cooperate on data flows."),
                normalized("The Parties shall cooperate\n- 12 -\non data flows."));
        assertEquals(List.of("The Parties shall cooperate on data flows."),
                normalized("The Parties shall cooperate\nPage 3 of 10\non data flows."));
        assertEquals(List.of("It is effective and binding on the Parties' officials."),
                normalized("It is e\uFB00ective and bind\u00ADing on the Parties\u2019 officials."));
    }

    @Test
    void doubleSpacedOcrLinesContinueASentence() {
        assertEquals(List.of("The Parties shall cooperate on data.", "A new paragraph starts here."),
                normalized("The Parties shall\n\ncooperate on data.\n\nA new paragraph starts here."));
    }

    @Test
    void listItemsAreSentencesWithTheirLeadIn() {
        List<Sentence> s = split("The Parties shall:\n(a) exchange information;\n(b) cooperate on standards; and\n"
                + "(iv) review progress.\n\nThe Committee may meet.");
        assertEquals(List.of("The Parties shall:", "exchange information;", "cooperate on standards; and",
                "review progress.", "The Committee may meet."), s.stream().map(Sentence::normalized).toList());
        assertNull(s.get(0).leadIn());
        assertEquals("The Parties shall:", s.get(1).leadIn());
        assertEquals("The Parties shall:", s.get(3).leadIn());
        assertNull(s.get(4).leadIn());
    }

    @Test
    void inlineListsAndNumberedParagraphsSplit() {
        List<Sentence> s = split("1. The Parties shall: (a) exchange information; and (b) cooperate. 2. Each Party "
                + "may act.");
        assertEquals(List.of("The Parties shall:", "exchange information;", "cooperate.", "Each Party may act."),
                s.stream().map(Sentence::normalized).toList());
        assertEquals("The Parties shall:", s.get(2).leadIn());
        assertEquals(List.of("Commodities listed:", "Gold;", "Silver."), normalized("Commodities listed:\n-\n\nGold;\n-Silver."));
    }

    @Test
    void abbreviationsDoNotEndSentencesButOcrMissingSpacesDo() {
        assertEquals(List.of("See Art. 5 and No. 3 of the U.S. list, e.g. tariffs.", "The Parties shall meet."),
                normalized("See Art. 5 and No. 3 of the U.S. list, e.g. tariffs. The Parties shall meet."));
        assertEquals(List.of("Procedures have been completed.", "It shall remain in force."),
                normalized("Procedures have been completed.It shall remain in force."));
        assertEquals(List.of("A rate of 1.5 percent applies."), normalized("A rate of 1.5 percent applies."));
    }

    @Test
    void headingsGiveLinesTheirPlace() {
        List<Sentence> s = split("AGREEMENT\n\nARTICLE 5\nSettlement of Disputes\nAny dispute shall be settled.\n\n"
                + "Article 6 Final Provisions\nIt enters into force.\n");
        assertEquals(List.of("AGREEMENT", "Any dispute shall be settled.", "It enters into force."),
                s.stream().map(Sentence::normalized).toList());
        assertEquals("line 5 (ARTICLE 5 Settlement of Disputes)", s.get(1).location().toString());
        assertEquals("line 8 (Article 6 Final Provisions)", s.get(2).location().toString());
        assertEquals(1, s.get(0).location().line());
    }

    @Test
    void veryLongRunsAreCutAtSemicolons() {
        String item = "tariff line 0101 at zero percent; ";
        String text = item.repeat(100) + "end.";
        List<Sentence> s = split(text);
        assertTrue(s.size() >= 3, "pieces: " + s.size());
        for (Sentence x : s) {
            assertTrue(x.normalized().length() <= SentenceSplitter.MAX_SENTENCE, "length " + x.normalized().length());
        }
    }
}
