package org.gvc4j.stats.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gvc4j.stats.EstimationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The strict estimation-data reader: what it accepts (types from every row) and what it refuses, with the place. */
class CsvDataTest {
    @TempDir
    Path tmp;

    Path write(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

    Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    String refused(Path p) {
        return assertThrows(EstimationException.class, () -> CsvData.read(p)).getMessage();
    }

    @Test
    void typesComeFromEveryRowAndQuotingIsRfc4180() throws IOException {
        Path p = write("d.csv", "\uFEFF\"name\",year,x,flag,note,empty,\r\n"
                + "\"Bonaire, Sint \"\"E\"\"\",2001,1.5,TRUE,\"two\nlines\",NA,a\r\n"
                + "USA,2002, 2e3 ,false,,,b\r\n"
                + "CHN,NA,-.5,NA,x,NaN,c\r\n");
        Table t = CsvData.read(p);
        assertEquals(List.of("name", "year", "x", "flag", "note", "empty", "V7"), t.columnNames(),
                "BOM dropped, quoted header read, an empty header named by its position");
        assertEquals("Bonaire, Sint \"E\"", t.stringColumn("name").get(0));
        assertTrue(t.column("year") instanceof IntColumn);
        assertTrue(t.intColumn("year").isMissing(2));
        assertTrue(t.column("x") instanceof DoubleColumn);
        assertEquals(2000.0, t.doubleColumn("x").getDouble(1));
        assertEquals(-0.5, t.doubleColumn("x").getDouble(2));
        assertTrue(t.column("flag") instanceof BooleanColumn);
        assertEquals("two\nlines", t.stringColumn("note").get(0), "a quoted line break is data");
        assertTrue(t.column("note") instanceof StringColumn);
        assertEquals(3, t.doubleColumn("empty").countMissing());
    }

    @Test
    void damagedFilesAreRefusedWithFileLineRowAndColumn() throws IOException {
        // file content -> the message after the file name
        String[][] cases = {
            {"a,b\n1,\"open\n2,3\n", " line 2 (data row 1), column 'b': a quoted field is not closed (a missing '\"')"},
            {"a,b\n1,C\uFFFDte\n", " line 2 (data row 1), column 'b': bytes that are not UTF-8 text; save the file as UTF-8"},
            {"a,b\n1,2\n3,1e400\n", " line 3 (data row 2), column 'b': \"1e400\" is too large for a double (above 1.8e308)"},
            {"a,b,a\n1,2,3\n", " line 1: column 'a' appears twice in the header (columns 1 and 3); give every column its "
                + "own name"},
            {"a;b\n1;2\n", " line 1: one column named 'a;b': the separator must be a comma (',') with '.' as decimal point"},
            {"a,b\r1,2\r", " line 1: a carriage return (0x0d) not followed by a line feed; line ends must be LF or CRLF"},
            {"a,b\n\"x\"y,2\n", " line 2 (data row 1), column 'a': text after the closing quote of a quoted field; a quote "
                + "inside a quoted field is written twice (\"\")"},
            {"", ": the file is empty; expected a header row and data rows"},
            {"PK\u0003\u0004", ": the file is a zip archive (a spreadsheet?); export the data as CSV"}};
        for (int i = 0; i < cases.length; i++) {
            // U+FFFD stands for a byte that is not UTF-8
            byte[] bytes = cases[i][0].replace("\uFFFD", "\u00F4").getBytes(cases[i][0].contains("\uFFFD")
                    ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            Path p = write("c" + i + ".csv", bytes);
            assertEquals(p + cases[i][1], refused(p));
        }
    }

    @Test
    void textColumnsKeepJavaLikeLabelsButNumberColumnsDoNot() throws IOException {
        Path labels = write("l.csv", "id,y\n12d,1\nUSA,2\n0x10,3\n");
        assertEquals("12d", CsvData.read(labels).stringColumn("id").get(0), "a label in a text column");
        Path mixed = write("m.csv", "y\n1\n2\n12f\n");
        assertEquals(mixed + " line 4 (data row 3), column 'y': \"12f\" is not a number; expected "
                + org.gvc4j.source.NumberSyntax.ACCEPTED, refused(mixed));
    }
}
