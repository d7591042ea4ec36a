package org.gvc4j.deals.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.gvc4j.error.GvcException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers: ToTA XML, plain text (with a Windows-1252 fallback), PDF (written here with PDFBox), and their errors. */
class AgreementTextTest {
    @TempDir
    Path tmp;

    static final String TOTA = """
            <?xml version="1.0" encoding="UTF-8"?>
            <treaty><meta><name>A - B</name><date_signed>2020-05-01</date_signed><language>en</language>
            <parties><partyisocode n="1">AAA</partyisocode><partyisocode n="2">BBB</partyisocode></parties></meta>
            <body><chapter number="CHAPTER 1" name="General" chapter_identifier="11">
            <article number="ARTICLE 1.1" name="Objectives" article_identifier="101">The Parties shall cooperate &amp; consult.</article>
            <article article_identifier="102">Disputes shall be settled by negotiation.</article></chapter>
            <chapter chapter_identifier="12">Done at Geneva.</chapter></body></treaty>
            """;

    @Test
    void totaChaptersArticlesAndMetadata() {
        AgreementText t = AgreementText.ofTotaXml("ab", TOTA);
        assertEquals(3, t.getSentences().size());
        Sentence s = t.getSentences().get(0);
        assertEquals("The Parties shall cooperate & consult.", s.text());
        assertEquals(Location.tota("CHAPTER 1 General", "11", "ARTICLE 1.1 Objectives", "101"), s.location());
        assertEquals("chapter 11 \"CHAPTER 1 General\", article 101 \"ARTICLE 1.1 Objectives\"", s.location().toString());
        assertEquals("chapter 11 \"CHAPTER 1 General\", article 102", t.getSentences().get(1).location().toString());
        assertEquals("chapter 12", t.getSentences().get(2).location().toString());
        assertEquals("AAA;BBB", t.getMetadata().get("parties"));
        assertEquals("2020-05-01", t.getMetadata().get("date_signed"));
        assertEquals("en", t.getLanguage().code());
    }

    @Test
    void xmlThatIsNotToTaOrNotWellFormedIsRefused() {
        GvcException e = assertThrows(GvcException.class, () -> AgreementText.ofTotaXml("x", "<html><body/></html>"));
        assertEquals("(xml): not a ToTA treaty file (the root element is <html>, expected <treaty>)", e.getMessage());
        e = assertThrows(GvcException.class, () -> AgreementText.ofTotaXml("x", "<treaty><body>"));
        assertTrue(e.getMessage().startsWith("(xml): not well-formed XML"), e.getMessage());
        e = assertThrows(GvcException.class, () -> AgreementText.ofTotaXml("x",
                "<?xml version=\"1.0\"?><!DOCTYPE treaty [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><treaty>&x;</treaty>"));
        assertTrue(e.getMessage().startsWith("(xml): not well-formed XML"), e.getMessage());
    }

    @Test
    void filesByExtensionAndFoldersSortedByName() throws IOException {
        Files.writeString(tmp.resolve("b.xml"), TOTA);
        Files.writeString(tmp.resolve("a.txt"), "The Parties shall cooperate on data flows.\n");
        Files.write(tmp.resolve("c.txt"), "The Parties shall protect consumers\u2019 data.".getBytes(
                Charset.forName("windows-1252")));
        Files.writeString(tmp.resolve("notes.md"), "ignored");
        List<AgreementText> all = AgreementText.readAll(List.of(tmp));
        assertEquals(List.of("a", "b", "c"), all.stream().map(AgreementText::getName).toList());
        assertEquals(AgreementText.Format.TEXT, all.get(0).getFormat());
        assertEquals(AgreementText.Format.TOTA, all.get(1).getFormat());
        assertEquals(List.of("not valid UTF-8: read as Windows-1252"), all.get(2).getNotes());
        assertEquals("The Parties shall protect consumers' data.", all.get(2).getSentences().get(0).normalized());
        assertEquals(1, all.get(0).getSentences().get(0).location().line());
    }

    @Test
    void duplicateNamesAndMissingFilesAreNamed() throws IOException {
        Files.writeString(tmp.resolve("a.txt"), "x");
        Files.writeString(tmp.resolve("a.xml"), TOTA);
        GvcException e = assertThrows(GvcException.class, () -> AgreementText.readAll(List.of(tmp)));
        assertTrue(e.getMessage().startsWith("two files give the document name \"a\": "), e.getMessage());
        e = assertThrows(GvcException.class, () -> AgreementText.read(tmp.resolve("none.txt")));
        assertEquals("agreement text not found: " + tmp.resolve("none.txt"), e.getMessage());
        e = assertThrows(GvcException.class, () -> AgreementText.read(tmp));
        assertEquals(tmp + " is a folder: use AgreementText.readAll(folder)", e.getMessage());
    }

    @Test
    void pdfTextIsReadPageByPageWithLines() throws IOException {
        Path pdf = tmp.resolve("mou.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, "MEMORANDUM OF UNDERSTANDING", "The Participants will cooperate on critical minerals.");
            page(doc, "Article 4", "This Memorandum does not create legally binding obligations.");
            doc.save(pdf.toFile());
        }
        AgreementText t = AgreementText.read(pdf);
        assertEquals(AgreementText.Format.PDF, t.getFormat());
        assertEquals("en", t.getLanguage().code());
        Sentence last = t.getSentences().get(t.getSentences().size() - 1);
        assertEquals("This Memorandum does not create legally binding obligations.", last.normalized());
        assertEquals(2, last.location().page());
        assertEquals(2, last.location().line());
        assertEquals("page 2, line 2 (Article 4)", last.location().toString());
    }

    @Test
    void aPdfWithoutTextLayerIsReportedAndABrokenOneRefused() throws IOException {
        Path pdf = tmp.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        AgreementText t = AgreementText.read(pdf);
        assertEquals(List.of("no text layer in 1 page(s): a scanned PDF? Run OCR on it first"), t.getNotes());
        assertEquals("und", t.getLanguage().code());
        Path bad = Files.write(tmp.resolve("bad.pdf"), "%PDF-1.7 garbage".getBytes(StandardCharsets.US_ASCII));
        GvcException e = assertThrows(GvcException.class, () -> AgreementText.read(bad));
        assertTrue(e.getMessage().startsWith(bad + ": not a readable PDF"), e.getMessage());
    }

    private static void page(PDDocument doc, String... lines) throws IOException {
        PDPage p = new PDPage();
        doc.addPage(p);
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            cs.setLeading(16);
            cs.newLineAtOffset(72, 700);
            for (String l : lines) {
                cs.showText(l);
                cs.newLine();
            }
            cs.endText();
        }
    }
}
