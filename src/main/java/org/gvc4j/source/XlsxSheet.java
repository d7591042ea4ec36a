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

    /** The longest text accepted in one cell or shared string (labels and numbers are far shorter). */
    static final int MAX_TEXT = TextCursor.MAX_FIELD;
    /** The most characters of shared strings in one workbook (a table's labels and descriptions are far fewer). */
    static final long MAX_SHARED_CHARS = 20_000_000L;
    /** Excel's limits: rows and columns of a sheet. */
    static final int MAX_ROW = 1_048_576;
    static final int MAX_COLUMN = 16_384;

    /**
     * A parser over a part, decoding UTF-8 strictly itself: bytes that are not UTF-8 end in a message instead of the
     * parser's own report on standard error.
     */
    private static XMLStreamReader parser(SourceInput src, String member, InputStream in) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK's parser, whatever else is on the class path
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.REPORTER, (javax.xml.stream.XMLReporter) (message, type, info, location) -> {
        });
        java.nio.charset.CharsetDecoder utf8 = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        // the parser closes its input at the end of the document; the caller still reads to the end (the zip's CRC)
        InputStream kept = new java.io.FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
        java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(kept, utf8), 1 << 16);
        try {
            r.mark(1);
            if (r.read() != '\uFEFF') {
                r.reset();
            }
            return f.createXMLStreamReader(r);
        } catch (XMLStreamException | IOException e) {
            throw new TableFormatException(src.shown(member) + ": not XML: " + problem(e));
        }
    }

    /** An XML or decoding error in one line, with its position when the parser gives one. */
    static String problem(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof java.nio.charset.CharacterCodingException || e instanceof java.nio.charset.CharacterCodingException) {
            return "bytes that are not UTF-8 text";
        }
        String where = "";
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof XMLStreamException x && x.getLocation() != null && x.getLocation().getLineNumber() > 0) {
            where = "line " + x.getLocation().getLineNumber() + ", column " + x.getLocation().getColumnNumber() + ": ";
        }
        int k = m.indexOf("Message: ");
        if (k >= 0) {
            m = m.substring(k + "Message: ".length());
        }
        m = m.replaceAll("[\\p{Cntrl}]+", " ").strip();
        return where + (m.length() > 160 ? m.substring(0, 160) + "…" : m);
    }

    /**
     * The text of the element just started, up to its end: character data only (a nested element is damage), at most
     * {@link #MAX_TEXT} characters, read in pieces so that a huge element is refused without being held.
     */
    private static String text(XMLStreamReader x, String where) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        while (true) {
            int ev = x.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (b.length() + x.getTextLength() > MAX_TEXT) {
                        throw new TableFormatException(where + ": a text longer than " + MAX_TEXT + " characters; not a "
                                + "table's cell");
                    }
                    b.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return b.toString();
                }
                case XMLStreamConstants.START_ELEMENT -> throw new TableFormatException(where + ": an element <"
                        + NumberSyntax.printable(x.getLocalName()) + "> inside a text");
                case XMLStreamConstants.END_DOCUMENT -> throw new TableFormatException(where + ": the part ends inside a "
                        + "text");
                default -> {
                    // comments and processing instructions are not text
                }
            }
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
            SourceInput.readToEnd(in);
        } catch (XMLStreamException | IOException e) {
            throw new TableFormatException(src.shown(member) + ": damaged XML: " + problem(e));
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
                        String t = text(x, src.shown(member) + " string " + (out.size() + 1));
                        chars += t.length();
                        if (chars > MAX_SHARED_CHARS) {
                            throw new TableFormatException(src.shown(member) + ": more than " + MAX_SHARED_CHARS
                                    + " characters of text; not a table's labels");
                        }
                        cur.append(t);
                        if (cur.length() > MAX_TEXT) {
                            throw new TableFormatException(src.shown(member) + " string " + (out.size() + 1)
                                    + ": a text longer than " + MAX_TEXT + " characters; not a table's label");
                        }
                    } else if (n.equals("rPh")) {
                        skip(x); // phonetic runs are not part of the text
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("si") && cur != null) {
                    out.add(cur.toString());
                    cur = null;
                    if (out.size() > MAX_ROW) {
                        throw new TableFormatException(src.shown(member) + ": more than " + MAX_ROW + " strings");
                    }
                }
            }
            SourceInput.readToEnd(in);
        } catch (XMLStreamException | IOException e) {
            throw new TableFormatException(src.shown(member) + ": damaged XML: " + problem(e));
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

    /**
     * 0-based column of a cell reference such as {@code AB12} in row {@code row}, or −1 when it is not one: 1 to 3
     * capital letters within Excel's 16,384 columns, then the row's number.
     */
    static int column(String ref, int row) {
        int c = 0;
        int i = 0;
        while (i < ref.length() && i < 3 && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            c = c * 26 + (ref.charAt(i) - 'A' + 1);
            i++;
        }
        if (i == 0 || c > MAX_COLUMN || !ref.substring(i).equals(Integer.toString(row))) {
            return -1;
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
        String shown = src.shown(member);
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
                            int next = r == null ? rowNumber + 1 : rowNumber(r);
                            if (next <= rowNumber || next > MAX_ROW) {
                                throw new TableFormatException(shown + ": row number \"" + NumberSyntax.printable(r)
                                        + "\" after row " + rowNumber + " (rows must be numbered 1 to " + MAX_ROW
                                        + ", in order)");
                            }
                            rowNumber = next;
                            col = -1;
                        }
                        case "c" -> {
                            String r = x.getAttributeValue(null, "r");
                            int c = r == null ? col + 1 : column(r, rowNumber);
                            if (c < 0 || c >= MAX_COLUMN || c <= col) {
                                throw new TableFormatException(shown + " row " + rowNumber + ": cell reference \""
                                        + NumberSyntax.printable(String.valueOf(r)) + "\" (expected a column after "
                                        + (col < 0 ? "the row start" : columnName(col)) + " and row " + rowNumber + ")");
                            }
                            col = c;
                            type = x.getAttributeValue(null, "t");
                        }
                        case "v" -> put(cells, col, value(text(x, shown + " cell " + columnName(col) + rowNumber), type,
                                strings, src, member, rowNumber, col));
                        case "t" -> put(cells, col, text(x, shown + " cell " + columnName(col) + rowNumber));
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("row")) {
                    handler.row(rowNumber, cells);
                }
            }
            SourceInput.readToEnd(in);
        } catch (XMLStreamException | IOException e) {
            throw new TableFormatException(shown + ": damaged XML: " + problem(e));
        }
    }

    private static int rowNumber(String r) {
        try {
            return Integer.parseInt(r);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String value(String v, String type, List<String> strings, SourceInput src, String member, int row,
            int col) {
        if ("s".equals(type)) {
            try {
                return strings.get(Integer.parseInt(v.strip()));
            } catch (RuntimeException e) {
                throw new TableFormatException(src.shown(member) + " cell " + columnName(col) + row + ": shared string \""
                        + NumberSyntax.printable(v) + "\" does not exist (" + strings.size() + " strings)");
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
