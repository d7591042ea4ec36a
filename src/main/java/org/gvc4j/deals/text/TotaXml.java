package org.gvc4j.deals.text;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.gvc4j.error.GvcException;

/**
 * The ToTA XML format (Alschner, Seiermann and Skougarevskiy, "Texts of Trade Agreements"): {@code <treaty><meta>}
 * with the treaty's name, dates, parties and language, and {@code <body>} with {@code <chapter number name
 * chapter_identifier>} holding {@code <article number name article_identifier>} text. Chapters and articles may lack a
 * name or a number; text directly in a chapter is read as an article without identifier. DTDs and external entities
 * are refused.
 */
final class TotaXml {
    private TotaXml() {
    }

    static AgreementText read(String name, String source, String xml, List<String> notes) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK's parser, whatever else is on the class path
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        Map<String, String> meta = AgreementText.newMetadata();
        List<AgreementText.Block> blocks = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        try {
            XMLStreamReader r = f.createXMLStreamReader(new StringReader(xml));
            boolean root = false;
            boolean inMeta = false;
            boolean inParties = false;
            String chapter = "";
            String chapterId = "";
            String article = null;
            String articleId = "";
            StringBuilder text = new StringBuilder();
            StringBuilder loose = new StringBuilder();
            String metaKey = null;
            StringBuilder metaText = new StringBuilder();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamReader.START_ELEMENT) {
                    String el = r.getLocalName();
                    if (!root) {
                        if (!el.equals("treaty")) {
                            throw new GvcException(source + ": not a ToTA treaty file (the root element is <" + el
                                    + ">, expected <treaty>)");
                        }
                        root = true;
                    } else if (el.equals("meta")) {
                        inMeta = true;
                    } else if (inMeta) {
                        if (el.equals("parties")) {
                            inParties = true;
                        }
                        metaKey = el;
                        metaText.setLength(0);
                    } else if (el.equals("chapter")) {
                        flushLoose(blocks, loose, chapter, chapterId);
                        chapter = join(attr(r, "number"), attr(r, "name"));
                        chapterId = attr(r, "chapter_identifier");
                    } else if (el.equals("article")) {
                        flushLoose(blocks, loose, chapter, chapterId);
                        article = join(attr(r, "number"), attr(r, "name"));
                        articleId = attr(r, "article_identifier");
                        text.setLength(0);
                    }
                } else if (ev == XMLStreamReader.CHARACTERS || ev == XMLStreamReader.CDATA) {
                    if (inMeta) {
                        metaText.append(r.getText());
                    } else if (article != null) {
                        text.append(r.getText());
                    } else if (!chapterId.isEmpty() || !chapter.isEmpty()) {
                        loose.append(r.getText());
                    }
                } else if (ev == XMLStreamReader.END_ELEMENT) {
                    String el = r.getLocalName();
                    if (el.equals("meta")) {
                        inMeta = false;
                    } else if (inMeta) {
                        if (el.equals("partyisocode") && inParties) {
                            parties.add(metaText.toString().strip());
                        } else if (el.equals("parties")) {
                            inParties = false;
                        } else if (el.equals(metaKey) && !metaText.toString().isBlank()
                                && !el.equals("partyisocode") && !el.startsWith("parties")) {
                            meta.putIfAbsent(el, metaText.toString().strip());
                        }
                        metaText.setLength(0);
                    } else if (el.equals("article") && article != null) {
                        blocks.add(new AgreementText.Block(text.toString(),
                                Location.tota(chapter, chapterId, article, articleId), 0));
                        article = null;
                    } else if (el.equals("chapter")) {
                        flushLoose(blocks, loose, chapter, chapterId);
                        chapter = "";
                        chapterId = "";
                    }
                }
            }
            if (!root) {
                throw new GvcException(source + ": not a ToTA treaty file (no <treaty> element)");
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() != null ? " at line " + e.getLocation().getLineNumber() : "";
            throw new GvcException(source + ": not well-formed XML" + where + ": " + e.getMessage().replaceFirst(
                    "^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", ""), e);
        }
        if (!parties.isEmpty()) {
            meta.put("parties", String.join(";", parties));
        }
        if (blocks.isEmpty()) {
            notes.add("the <body> holds no text");
        }
        return new AgreementText(name, source, AgreementText.Format.TOTA, blocks, meta, notes);
    }

    private static void flushLoose(List<AgreementText.Block> blocks, StringBuilder loose, String chapter, String id) {
        if (!loose.toString().isBlank()) {
            blocks.add(new AgreementText.Block(loose.toString(), Location.tota(chapter, id, "", ""), 0));
        }
        loose.setLength(0);
    }

    private static String attr(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v.strip();
    }

    private static String join(String number, String name) {
        return number.isEmpty() ? name : name.isEmpty() ? number : number + " " + name;
    }
}
