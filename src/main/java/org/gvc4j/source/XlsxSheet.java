package org.gvc4j.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.gvc4j.error.TableFormatException;

/**
 * Streams the rows of one worksheet of an {@code .xlsx} (opened as a {@link SourceInput}, which reads the zip in
 * place) with the JDK's StAX parser: no DOM of the sheet, no dependency. DTDs and external entities are refused, so a
 * hostile workbook cannot make the parser fetch files or expand entities. Shared strings are held once (a table's
 * labels); cells arrive row by row as text ({@code null} where the row has no cell), numbers unparsed, so the reader
 * parses them with {@link NumberSyntax} and names the cell in errors.
 */
public final class XlsxSheet {
    /** Cells of one row by 0-based column, and the 1-based row number. */
    @FunctionalInterface
    public interface RowHandler {
        void row(int rowNumber, List<String> cells);
    }

    /** An error value cell ({@code #N/A} …) arrives as this text. */
    public static final String ERROR_CELL = "NA";

    private XlsxSheet() {
    }

    private static XMLStreamReader parser(SourceInput src, String member, InputStream in) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        try {
            return f.createXMLStreamReader(in, "UTF-8");
        } catch (XMLStreamException e) {
            throw new TableFormatException(src.shown(member) + ": not XML: " + e.getMessage());
        }
    }

    /** Whether {@code src} is a workbook. */
    public static boolean isWorkbook(SourceInput src) {
        return src.isZip() && src.members().contains("xl/workbook.xml");
    }

    /** Sheet names in workbook order, each with its part name ({@code xl/worksheets/sheet1.xml}). */
    public static Map<String, String> sheets(SourceInput src) {
        Map<String, String> idToTarget = new LinkedHashMap<>();
        for (Map<String, String> a : elements(src, "xl/_rels/workbook.xml.rels", "Relationship")) {
            String t = a.getOrDefault("Target", "");
            t = t.startsWith("/") ? t.substring(1) : "xl/" + t;
            idToTarget.put(a.get("Id"), t);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map<String, String> a : elements(src, "xl/workbook.xml", "sheet")) {
            String target = idToTarget.get(a.get("id"));
            if (target != null && a.get("name") != null) {
                out.put(a.get("name"), target);
            }
        }
        if (out.isEmpty()) {
            throw new TableFormatException(src.path() + ": a workbook without sheets");
        }
        return out;
    }

    /** Attributes (by local name) of every element named {@code local} in a small XML part. */
    private static List<Map<String, String>> elements(SourceInput src, String member, String local) {
        List<Map<String, String>> out = new ArrayList<>();
        try (InputStream in = src.open(member).in()) {
            XMLStreamReader x = parser(src, member, in);
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals(local)) {
                    Map<String, String> a = new LinkedHashMap<>();
                    for (int i = 0; i < x.getAttributeCount(); i++) {
                        a.put(x.getAttributeLocalName(i), x.getAttributeValue(i));
                    }
                    out.add(a);
                    if (out.size() > 100_000) {
                        throw new TableFormatException(src.shown(member) + ": too many elements");
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new TableFormatException(src.shown(member) + ": damaged XML: " + e.getMessage());
        } catch (IOException e) {
            throw new TableFormatException(src.shown(member) + ": cannot read: " + e.getMessage());
        }
        return out;
    }

    private static List<String> sharedStrings(SourceInput src) {
        List<String> out = new ArrayList<>();
        String member = "xl/sharedStrings.xml";
        if (!src.members().contains(member)) {
            return out;
        }
        try (InputStream in = src.open(member).in()) {
            XMLStreamReader x = parser(src, member, in);
            StringBuilder cur = null;
            long chars = 0;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = x.getLocalName();
                    if (n.equals("si")) {
                        cur = new StringBuilder();
                    } else if (n.equals("t") && cur != null) {
                        String t = x.getElementText();
                        chars += t.length();
                        if (chars > 200_000_000L) {
                            throw new TableFormatException(src.shown(member) + ": more than 200 million characters of text");
                        }
                        cur.append(t);
                    } else if (n.equals("rPh")) {
                        skip(x); // phonetic runs are not part of the text
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("si") && cur != null) {
                    out.add(cur.toString());
                    cur = null;
                }
            }
        } catch (XMLStreamException e) {
            throw new TableFormatException(src.shown(member) + ": damaged XML: " + e.getMessage());
        } catch (IOException e) {
            throw new TableFormatException(src.shown(member) + ": cannot read: " + e.getMessage());
        }
        return out;
    }

    private static void skip(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** 0-based column of a cell reference such as {@code AB12}. */
    static int column(String ref) {
        int c = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i)) && i < 4) {
            c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return c - 1;
    }

    /** The column letters of a 0-based column, for messages. */
    public static String columnName(int c) {
        StringBuilder b = new StringBuilder();
        for (int k = c + 1; k > 0; k = (k - 1) / 26) {
            b.insert(0, (char) ('A' + (k - 1) % 26));
        }
        return b.toString();
    }

    /** Streams the rows of the sheet named {@code sheet}. */
    public static void rows(SourceInput src, String sheet, RowHandler handler) {
        String member = sheets(src).get(sheet);
        if (member == null || !src.members().contains(member)) {
            throw new TableFormatException(src.path() + ": no sheet \"" + sheet + "\"");
        }
        List<String> strings = sharedStrings(src);
        try (InputStream in = src.open(member).in()) {
            XMLStreamReader x = parser(src, member, in);
            List<String> cells = new ArrayList<>();
            int rowNumber = 0;
            int col = -1;
            String type = null;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = x.getLocalName();
                    switch (n) {
                        case "row" -> {
                            cells.clear();
                            String r = x.getAttributeValue(null, "r");
                            rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                            col = -1;
                        }
                        case "c" -> {
                            String r = x.getAttributeValue(null, "r");
                            col = r == null ? col + 1 : column(r);
                            if (col < 0 || col > 16_383) {
                                throw new TableFormatException(src.shown(member) + ": cell reference \"" + r + "\"");
                            }
                            type = x.getAttributeValue(null, "t");
                        }
                        case "v" -> put(cells, col, value(x.getElementText(), type, strings, src, member, rowNumber, col));
                        case "t" -> put(cells, col, x.getElementText()); // inline string
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("row")) {
                    handler.row(rowNumber, cells);
                }
            }
        } catch (XMLStreamException e) {
            throw new TableFormatException(src.shown(member) + ": damaged XML: " + e.getMessage());
        } catch (NumberFormatException e) {
            throw new TableFormatException(src.shown(member) + ": a row number that is not a number");
        } catch (IOException e) {
            throw new TableFormatException(src.shown(member) + ": cannot read: " + e.getMessage());
        }
    }

    private static String value(String v, String type, List<String> strings, SourceInput src, String member, int row,
            int col) {
        if ("s".equals(type)) {
            try {
                return strings.get(Integer.parseInt(v.strip()));
            } catch (RuntimeException e) {
                throw new TableFormatException(src.shown(member) + " cell " + columnName(col) + row + ": shared string \""
                        + NumberSyntax.printable(v) + "\" does not exist");
            }
        }
        if ("e".equals(type)) {
            return ERROR_CELL;
        }
        return v;
    }

    private static void put(List<String> cells, int col, String v) {
        while (cells.size() <= col) {
            cells.add(null);
        }
        cells.set(col, v);
    }
}
