package org.gvc4j.deals.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gvc4j.error.GvcException;

/**
 * The text layer of a PDF, page by page, through Apache PDFBox ({@code PDFTextStripper} in reading order). Scanned
 * PDFs have no text layer: they are read as empty and say so in the notes (OCR them first, e.g. with
 * {@code ocrmypdf}); password-protected PDFs are refused.
 */
final class PdfText {
    private PdfText() {
    }

    static AgreementText read(String name, String source, byte[] bytes) {
        List<AgreementText.Block> pages = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            int n = doc.getNumberOfPages();
            boolean any = false;
            for (int p = 1; p <= n; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String t = stripper.getText(doc);
                any |= !t.isBlank();
                pages.add(AgreementText.Block.lines(t, p));
            }
            if (!any) {
                notes.add("no text layer in " + n + " page(s): a scanned PDF? Run OCR on it first");
            }
        } catch (InvalidPasswordException e) {
            throw new GvcException(source + ": the PDF is password-protected; save an unprotected copy first");
        } catch (IOException e) {
            throw new GvcException(source + ": not a readable PDF (" + e.getMessage() + ")", e);
        }
        return new AgreementText(name, source, AgreementText.Format.PDF, pages, Map.of(), notes);
    }
}
