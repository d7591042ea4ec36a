package org.gvc4j.deals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gvc4j.deals.text.AgreementText;
import org.gvc4j.error.GvcException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The coding rules pinned on hand-written sentences: every label, negation, the disclaimer traps, non-actor subjects,
 * "panel of experts", quotations, list lead-ins, non-English input, and user rules.
 */
class CodingRulesTest {

    static CodedText code(String text) {
        return TextCoding.of(AgreementText.ofText("t", text)).code().document("t");
    }

    static CodedText code(String text, CodingRules rules) {
        return TextCoding.of(AgreementText.ofText("t", text)).withRules(rules).code().document("t");
    }

    // ---- binding ------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "The Parties shall cooperate on digital trade.|binding",
        "Each Party, in accordance with its laws and regulations, shall protect personal data.|binding",
        "Neither Party shall impose customs duties on electronic transmissions.|binding",
        "The Parties shall not impose customs duties on electronic transmissions.|binding",
        "The Sides must exchange information on mineral reserves.|binding",
        "The Contracting Parties are obligated to notify each other of new measures.|binding",
        "The Government of Australia and the Government of Japan shall establish a working group.|binding",
        "If a Party considers that a measure affects trade, the Parties shall enter into consultations.|binding",
        "A Party that applies a safeguard measure shall notify the other Party.|binding",
        "The Participants will cooperate on critical minerals.|not specified",
        "These restrictions shall apply to all goods. This Agreement shall enter into force on signature.|not specified",
        "The Joint Committee shall meet once a year.|not specified",
        "Nothing in this Agreement shall prevent a Party from adopting measures.|not specified",
        "Each Party's customs authority shall publish its procedures.|not specified",
        "Government procurement shall be open to suppliers of both countries.|not specified",
        "The Parties agree that the Committee shall review this Annex.|not specified",
        "The words \"Member States shall\" are replaced by the words \"Iceland shall\".|not specified",
        "It shall remain in force for five years.|not specified",
    })
    void bindingFollowsActorAndMandatoryTerm(String text, String label) {
        CodedText c = code(text);
        assertEquals(label, c.getBinding(), text);
        if (label.equals("binding")) {
            assertEquals(text, c.getBindingEvidence().sentence());
        } else {
            assertNull(c.getBindingEvidence());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "This Memorandum of Understanding does not create legally binding obligations under international law.",
        "This MoU is not a treaty.",
        "This Memorandum is not legally binding.",
        "Nothing in this Memorandum constitutes a legally binding commitment.",
        "Nothing in this Arrangement shall be construed as creating legally binding obligations.",
        "This Joint Statement is a political declaration of the Participants.",
        "This non-binding Memorandum of Understanding sets out the intentions of the Participants.",
        "This Memorandum of Understanding between the Government of Chile and the Government of Korea is non-binding.",
        "The Participants do not intend this Arrangement to create legally binding obligations.",
        "This Letter of Intent creates no legal obligations for either side.",
        "No legal obligations arise from this Memorandum.",
        "The Participants do not intend to be legally bound by this Memorandum.",
    })
    void disclaimersAboutTheInstrumentMakeItNonBinding(String text) {
        CodedText c = code(text);
        assertEquals("non-binding", c.getBinding(), text);
        assertEquals(text, c.getBindingEvidence().sentence());
    }

    @Test
    void aDisclaimerWinsOverObligationsAndBothAreReported() {
        String disclaimer = "This Memorandum of Understanding does not create legally binding obligations.";
        String shall = "The Participants shall meet annually to review cooperation on rare earths.";
        CodedText c = code(shall + " " + disclaimer);
        assertEquals("non-binding", c.getBinding());
        assertEquals(disclaimer, c.getBindingEvidence().sentence());
        List<Evidence> all = c.evidence("binding");
        assertEquals(2, all.size());
        assertEquals("binding", all.get(1).label());
        assertEquals(shall, all.get(1).sentence());
        assertEquals(false, all.get(1).decisive());
        // provision scores stop at 2 (cooperation) in a text that disclaims its legal force
        assertEquals(2, c.getProvisions().get("crm_minerals"));
        assertEquals(3, code(shall).getProvisions().get("crm_minerals"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // mentions of non-binding things inside a binding text do not disclaim the text
        "The Parties may agree to use non-binding third-party procedures. Each Party shall publish its laws.|binding",
        "The Parties shall apply the APEC Non-Binding Principles on Government Procurement.|binding",
        "Nothing in this Agreement shall prevent a Party from resorting to non-binding third-party procedures.|not specified",
        "The Parties do not intend this Chapter to create legal obligations. Each Party shall notify the other Party.|binding",
        "A Party shall not be legally bound by a recommendation of the Committee.|binding",
    })
    void disclaimerTrapsAreNotDisclaimers(String text, String label) {
        assertEquals(label, code(text).getBinding(), text);
    }

    // ---- dispute settlement -------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Any dispute between the Parties concerning this Agreement shall be submitted to an arbitral tribunal.|adjudicative|arbitral tribunal",
        "Disputes which cannot be settled through consultations shall be referred to arbitration.|adjudicative|arbitration",
        "The decision of the panel in any dispute shall be final and binding on the Parties.|adjudicative|final and binding",
        "Any dispute may be referred to the International Court of Justice.|adjudicative|International Court of Justice",
        "Disputes shall be settled amicably through consultations and negotiations.|consultative|amicably",
        "Any dispute shall be referred to a panel of experts, which shall make recommendations to the Parties.|consultative|panel of experts",
        "Any dispute arising under this Memorandum shall be referred to a panel.|consultative|panel",
        "In a dispute a mediator may give a non-binding decision.|consultative|mediator",
        "Differences between the Participants shall be resolved through diplomatic channels.|consultative|diplomatic channels",
        "Disputes about arbitrary discrimination shall be discussed by the Parties in consultations.|consultative|consultations",
        "Neither Party shall have recourse to arbitration for any dispute under this Chapter. Any dispute shall be resolved by negotiation.|consultative|negotiation",
        "The Parties shall cooperate on arbitration training for judges.|not specified|",
        "The Parties shall exchange information on mining.|not specified|",
    })
    void disputeSettlement(String text, String label, String term) {
        CodedText c = code(text);
        assertEquals(label, c.getDispute(), text);
        if (term == null) {
            assertNull(c.getDisputeEvidence());
        } else {
            assertTrue(c.getDisputeEvidence().term().startsWith(term + ":"), c.getDisputeEvidence().term());
        }
    }

    @Test
    void aDisputeSettlementHeadingLinksItsSentencesToDisputes() {
        String text = "ARTICLE 12\nSettlement of Disputes\n1. If the matter is not resolved within 60 days, either Party "
                + "may refer it to arbitration.\n\nARTICLE 13\nTraining\nThe Parties shall cooperate on arbitration "
                + "training.\n";
        CodedText c = code(text);
        assertEquals("adjudicative", c.getDispute());
        Evidence e = c.getDisputeEvidence();
        assertEquals("If the matter is not resolved within 60 days, either Party may refer it to arbitration.",
                e.sentence());
        assertEquals(3, e.location().line());
        assertEquals("ARTICLE 12 Settlement of Disputes", e.location().heading());
        assertEquals("line 3 (ARTICLE 12 Settlement of Disputes)", e.location().toString());
        // without the heading, the same sentence names no dispute
        assertEquals("not specified", code("If the matter is not resolved within 60 days, either Party may refer it "
                + "to arbitration.").getDispute());
    }

    // ---- validity -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "This Memorandum shall remain in force for a period of five years and shall be automatically renewed for successive periods of five years.|automatic renewal",
        "This Arrangement shall be extended for further periods of three years unless a Participant gives notice.|automatic renewal",
        "This Agreement shall remain in force for a period of five (5) years.|fixed term",
        "This Agreement shall remain in force until 31 December 2030.|fixed term",
        "This Memorandum shall remain valid for three years and may be extended by mutual consent of the Participants.|fixed term",
        "This Agreement is concluded for an indefinite period.|no duration",
        "Either Party may terminate this Agreement by written notice to the other Party.|no duration",
        "It shall remain in force unless terminated by either Party.|no duration",
        "A contract for an indefinite period shall be valued at its monthly instalment.|not specified",
        "The Parties shall cooperate on critical minerals.|not specified",
    })
    void validity(String text, String label) {
        CodedText c = code(text);
        assertEquals(label, c.getValidity(), text);
        if (label.equals("not specified")) {
            assertNull(c.getValidityEvidence());
        } else {
            assertEquals(text, c.getValidityEvidence().sentence());
        }
    }

    @Test
    void validityPrecedenceRenewalOverFixedTermOverNoDuration() {
        String fixed = "This Agreement shall remain in force for ten years.";
        String terminate = "Either Party may terminate this Agreement by written notice.";
        String renew = "This Agreement shall be automatically renewed for successive periods of five years.";
        assertEquals("fixed term", code(terminate + " " + fixed).getValidity());
        assertEquals("automatic renewal", code(fixed + " " + terminate + " " + renew).getValidity());
        CodedText c = code(fixed + " " + terminate + " " + renew);
        assertEquals(List.of("automatic renewal", "fixed term", "no duration"),
                c.evidence("validity").stream().map(Evidence::label).toList());
    }

    // ---- provisions ---------------------------------------------------------------------------------------------

    @Test
    void provisionScoresZeroToThree() {
        assertEquals(3, code("The Parties shall not impose customs duties on electronic transmissions.")
                .getProvisions().get("digital_trade_facilitation"));
        assertEquals(2, code("The Participants will cooperate on cybersecurity.").getProvisions()
                .get("digital_cybersecurity_trust"));
        CodedText mention = code("This Memorandum is about artificial intelligence.");
        assertEquals(1, mention.getProvisions().get("digital_emerging_technologies"));
        assertEquals(0, mention.getProvisions().get("digital_data_flows"));
        assertEquals("artificial intelligence: artificial intelligence",
                mention.provisionEvidence("digital_emerging_technologies").term());
        assertNull(mention.provisionEvidence("digital_data_flows"));
        // a hyphen in the lexicon matches a hyphen, a blank or nothing
        assertEquals(1, code("It is about crossborder data flows.").getProvisions().get("digital_data_flows"));
        assertEquals(1, code("It is about cross border data flows.").getProvisions().get("digital_data_flows"));
    }

    @Test
    void listItemsInheritTheirLeadInsCommitment() {
        CodedText c = code("The Parties shall:\n(a) promote paperless trading;\n(b) exchange information on rare "
                + "earths.\n\nThe Participants may discuss blockchain.");
        assertEquals(3, c.getProvisions().get("digital_trade_facilitation"));
        assertEquals(3, c.getProvisions().get("crm_minerals"));
        assertEquals(1, c.getProvisions().get("digital_emerging_technologies"));
        assertEquals("promote paperless trading;", c.provisionEvidence("digital_trade_facilitation").sentence());
    }

    @Test
    void everyProvisionHitIsReported() {
        CodedText c = code("The Parties shall protect personal data. The Parties may discuss privacy. Consumer "
                + "protection matters.");
        List<Evidence> hits = c.evidence("digital_personal_data_consumer");
        assertEquals(List.of("3", "1", "1"), hits.stream().map(Evidence::label).toList());
        assertEquals(List.of(true, false, false), hits.stream().map(Evidence::decisive).toList());
    }

    // ---- language -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Les Parties coopèrent dans le domaine du commerce numérique. Le présent accord n'est pas un traité.|fr",
        "Las Partes cooperarán en materia de minerales críticos y de la cadena de suministro.|es",
        "As Partes cooperarão no domínio do comércio digital e dos minerais críticos.|pt",
        "Die Vertragsparteien arbeiten im Bereich des digitalen Handels zusammen und tauschen Informationen aus.|de",
        "双方应当在数字贸易领域开展合作。|zh",
        "Стороны сотрудничают в области цифровой торговли и обмена информацией.|ru",
    })
    void nonEnglishTextsAreReportedNotCoded(String text, String lang) {
        CodedText c = code(text);
        assertEquals(lang, c.getLanguage().code());
        assertEquals("not coded", c.getBinding());
        assertEquals("not coded", c.getDispute());
        assertEquals("not coded", c.getValidity());
        assertTrue(c.getProvisions().isEmpty());
        assertTrue(c.getEvidence().isEmpty());
        assertTrue(c.getNotes().get(0).startsWith("language " + lang + " "), c.getNotes().toString());
        Table t = TextCoding.of(AgreementText.ofText("t", text)).code().toTable();
        assertTrue(t.intColumn("digital_data_flows").isMissing(0), "provision cells of a text not coded are empty");
        assertEquals(lang, t.stringColumn("language").get(0));
    }

    @Test
    void tooLittleTextIsUndeterminedAndNotCoded() {
        CodedText c = code("Shall cooperate.");
        assertEquals("und", c.getLanguage().code());
        assertEquals("not coded", c.getBinding());
    }

    // ---- user rules ---------------------------------------------------------------------------------------------

    @Test
    void userRulesReplaceOrAddToSections() {
        String text = "The Authorities shall cooperate. The Contracting Parties will consult on lithium.";
        assertEquals("not specified", code(text).getBinding());
        CodingRules added = CodingRules.parse("[actors +]\nAuthorities\n");
        assertEquals("binding", code(text, added).getBinding());
        assertEquals("The Authorities shall cooperate.", code(text, added).getBindingEvidence().sentence());
        CodingRules willOnly = CodingRules.parse("[mandatory]\nwill\n");
        assertEquals("binding", code(text, willOnly).getBinding());
        assertEquals("The Contracting Parties will consult on lithium.",
                code(text, willOnly).getBindingEvidence().sentence());
        CodingRules newColumn = CodingRules.parse("[provision.crm_hydrogen]\nhydrogen\ngreen ammonia\n");
        assertEquals(List.of("crm_institutional", "crm_hydrogen"), newColumn.getProvisions().subList(
                newColumn.getProvisions().size() - 2, newColumn.getProvisions().size()));
        assertEquals(1, code("This text is about green ammonia.", newColumn).getProvisions().get("crm_hydrogen"));
        assertTrue(added.toText().contains("[actors]\nParty\n"));
    }

    @Test
    void badUserRulesAreRefusedWithTheLine() {
        GvcException e = assertThrows(GvcException.class, () -> CodingRules.parse("[actor]\nParty\n"));
        assertTrue(e.getMessage().startsWith("rules text line 1: unknown section [actor] (known: settings, actors,"),
                e.getMessage());
        e = assertThrows(GvcException.class, () -> CodingRules.parse("Party\n"));
        assertEquals("rules text line 1: an entry before any [section]: Party", e.getMessage());
        e = assertThrows(GvcException.class, () -> CodingRules.parse("[disclaimers +]\nre:this (\n"));
        assertTrue(e.getMessage().startsWith("rules [disclaimers]: not a valid pattern: Unclosed group"),
                e.getMessage());
        e = assertThrows(GvcException.class, () -> CodingRules.parse("[disclaimers +]\nre:{instrumnt} is void\n"));
        assertEquals("rules [disclaimers]: unknown placeholder {instrumnt} in re:{instrumnt} is void", e.getMessage());
    }

    @Test
    void theBuiltInRulesSayTheyApproximateHandCoding() {
        String t = CodingRules.defaults().toText();
        assertTrue(t.contains("The report coded provisions BY HAND"));
        assertEquals(21, CodingRules.defaults().getProvisions().size());
        assertNotNull(CodingRules.defaults().section("actors"));
    }
}
