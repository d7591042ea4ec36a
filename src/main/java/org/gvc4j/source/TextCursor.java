package org.gvc4j.source;

import java.io.IOException;
import org.gvc4j.error.TableFormatException;

/**
 * Reads a delimited text file field by field into one reusable buffer, without building a string per line or per
 * cell: the tokenizer behind every text reader of this package (CSV and tab-separated files). Handles a UTF-8 BOM,
 * CRLF, quoted fields ({@code ""} inside quotes is one quote). Refuses a line break inside quotes and fields longer
 * than {@link #MAX_FIELD} characters, so a corrupted file cannot make it hold gigabytes in one field, and a last line
 * without a line break: that is what a file cut short looks like, and its last number may be cut too.
 */
public final class TextCursor {
    /** Longest field accepted (labels and numbers are far shorter; GLORIA's longest names are under 200). */
    public static final int MAX_FIELD = 1 << 16;

    /** What ended the field just read. */
    public enum End { DELIMITER, LINE, FILE }

    private final java.io.InputStream in;
    private final java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(1 << 16).flip();
    private final java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    private boolean eof;
    /** The decoder was flushed at the end of the input: nothing more to decode. */
    private boolean flushed;
    private boolean badBytes;
    private final char delimiter;
    private final String file;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private char[] field = new char[256];
    private int len;
    private int line = 1;
    private int fieldLine = 1;
    private boolean quoted;
    /** A quote inside an unquoted field, or text after a closing quote: damage, never a label. */
    private boolean strayQuote;
    private boolean atFileStart = true;
    /** Fields already ended by a delimiter on the current line. */
    private int fieldsOnLine;

    /** Reads UTF-8 text from {@code in} (not closed here). */
    public TextCursor(java.io.InputStream in, char delimiter, String file) {
        this.in = in;
        this.delimiter = delimiter;
        this.file = file;
    }

    /** The file as shown in messages. */
    public String file() {
        return file;
    }

    /** 1-based line of the field just read (a field never spans lines). */
    public int line() {
        return fieldLine;
    }

    public char[] chars() {
        return field;
    }

    public int length() {
        return len;
    }

    /** Whether the field just read was quoted. */
    public boolean wasQuoted() {
        return quoted;
    }

    public String text() {
        return new String(field, 0, len);
    }

    /** Whether the field just read is empty or holds only spaces and tabs. */
    public boolean isBlank() {
        for (int i = 0; i < len; i++) {
            if (field[i] != ' ' && field[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private boolean fill() throws IOException {
        if (badBytes) {
            throw new TableFormatException(file + " line " + line + ": bytes that are not UTF-8 text; save the file as "
                    + "UTF-8 (or it is not a text file)");
        }
        if (flushed) {
            return false;
        }
        java.nio.CharBuffer out = java.nio.CharBuffer.wrap(buf);
        while (out.position() == 0) {
            if (!bytes.hasRemaining() || bytes.remaining() < 4 && !eof) {
                bytes.compact();
                int got;
                try {
                    got = eof ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
                } catch (java.util.zip.ZipException e) {
                    throw new TableFormatException(file + " line " + line + ": damaged zip member (" + e.getMessage()
                            + "); download it again");
                }
                if (got < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + got);
                }
                bytes.flip();
            }
            java.nio.charset.CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                badBytes = true;
                break;
            }
            if (eof && !bytes.hasRemaining()) {
                r = decoder.flush(out);
                flushed = true;
                if (r.isError()) {
                    badBytes = true;
                }
                break;
            }
        }
        pos = 0;
        lim = out.position();
        if (lim == 0 && badBytes) {
            return fill(); // throws, naming the line
        }
        return lim > 0;
    }

    private int read() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private void appendRange(int from, int to) {
        int k = to - from;
        if (k == 0) {
            return;
        }
        if (len + k > field.length) {
            if (len + k > MAX_FIELD) {
                throw new TableFormatException(file + " line " + line + ": a field longer than " + MAX_FIELD
                        + " characters; not a table file, or a quote is never closed");
            }
            field = java.util.Arrays.copyOf(field, Math.min(MAX_FIELD, Math.max(2 * field.length, len + k)));
        }
        System.arraycopy(buf, from, field, len, k);
        len += k;
    }

    private void append(char c) {
        if (len == field.length) {
            if (len >= MAX_FIELD) {
                throw new TableFormatException(file + " line " + line + ": a field longer than " + MAX_FIELD
                        + " characters; not a table file, or a quote is never closed");
            }
            field = java.util.Arrays.copyOf(field, Math.min(MAX_FIELD, 2 * len));
        }
        field[len++] = c;
    }

    /**
     * Reads the next field. After {@link End#LINE} the next call starts the next line; {@link End#FILE} with an empty
     * field at the start of a line means there is nothing more.
     */
    public End next() throws IOException {
        len = 0;
        quoted = false;
        strayQuote = false;
        fieldLine = line;
        int c = read();
        if (atFileStart) {
            atFileStart = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == '"') {
            quoted = true;
            while (true) {
                c = read();
                if (c == -1 || c == '\n') {
                    throw new TableFormatException(file + " line " + line + ": unterminated quoted field");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        append('"');
                        continue;
                    }
                    break;
                }
                append((char) c);
            }
            c = read();
            // text after the closing quote (e.g. "12"x) belongs to the field, so that validation sees it
            while (c != -1 && c != delimiter && c != '\n' && !(c == '\r' && peek() == '\n')) {
                strayQuote = true;
                append((char) c);
                c = read();
            }
        } else if (c != -1) {
            pos--; // c is still in the buffer: scan the field there in runs, without a call per character
            while (true) {
                int start = pos;
                while (pos < lim) {
                    char ch = buf[pos];
                    if (ch == delimiter || ch == '\n' || ch == '\r' || ch == '"') {
                        break;
                    }
                    pos++;
                }
                appendRange(start, pos);
                if (pos == lim) {
                    if (!fill()) {
                        c = -1;
                        break;
                    }
                    continue;
                }
                c = buf[pos++];
                if (c == '"') {
                    strayQuote = true;
                    append('"');
                    continue;
                }
                if (c == '\r') {
                    if (peek() == '\n') {
                        c = read();
                        break;
                    }
                    append('\r');
                    continue;
                }
                break; // the delimiter or a line break
            }
        }
        if (c == '\r') {
            c = read();
        }
        if (c == delimiter) {
            fieldsOnLine++;
            return End.DELIMITER;
        }
        if (c == '\n') {
            line++;
            fieldsOnLine = 0;
            return End.LINE;
        }
        if (fieldsOnLine > 0 || quoted || !isBlank()) {
            // a file cut short ends inside a line, and its last number may be cut too ("5340.0" read as "53")
            throw new TableFormatException(file + " line " + line + ": the file ends inside this line, without a line "
                    + "break: it was cut short, or saved without a final line break (if it is complete, end it with one)");
        }
        return End.FILE;
    }

    /** Skips to the end of the current line; returns how many more fields it held. */
    public int skipLine() throws IOException {
        int more = 0;
        End e;
        do {
            e = next();
            more++;
        } while (e == End.DELIMITER);
        return more;
    }

    /**
     * The field as a label: refused when it holds a control character (a bit flip, a binary file) or is empty.
     *
     * @param what e.g. {@code row label} or {@code column label}
     */
    public String label(String what) {
        if (strayQuote) {
            throw new TableFormatException(file + " line " + fieldLine + ": " + what + " \"" + NumberSyntax.printable(text())
                    + "\" holds a stray quote (a quote inside an unquoted field, or text after a closing quote)");
        }
        for (int i = 0; i < len; i++) {
            char ch = field[i];
            if (ch < 0x20 || ch == 0x7f) {
                throw new TableFormatException(file + " line " + fieldLine + ": " + what + " \"" + NumberSyntax.printable(text())
                        + "\" contains a control character (0x" + String.format("%02x", (int) ch) + ")");
            }
        }
        return text().strip();
    }

    /**
     * The field as a number in {@link NumberSyntax}; blank cells are refused unless {@code blankIsZero}.
     *
     * @param row    the row label, for the message
     * @param column the column label, for the message
     */
    public double number(String row, String column) {
        try {
            return NumberSyntax.parse(field, 0, len);
        } catch (NumberFormatException e) {
            throw new TableFormatException(file + " line " + line + ", row \"" + NumberSyntax.printable(row) + "\", column \""
                    + NumberSyntax.printable(column) + "\": "
                    + e.getMessage());
        }
    }
}
