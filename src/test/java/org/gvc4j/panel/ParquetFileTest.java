package org.gvc4j.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.gvc4j.error.GvcException;
import org.gvc4j.source.CsvFolderWriter;
import org.gvc4j.source.SyntheticTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The panel's own Parquet writer read back by an independent reader (parquet-hadoop, test scope only): every cell of
 * every combined output equals the CSV's (doubles bit for bit), types and nulls as documented, CSV quoting, many
 * columns, and refusals that name the file, row and column.
 */
class ParquetFileTest {
    @TempDir
    Path tmp;

    /** Rows as parquet-hadoop reads them: each cell as the CSV writes it (null for a missing value). */
    static List<List<String>> read(Path file, MessageType[] schemaOut) throws Exception {
        Configuration conf = new Configuration();
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file.toUri());
        try (ParquetFileReader f = ParquetFileReader.open(HadoopInputFile.fromPath(p, conf))) {
            schemaOut[0] = f.getFooter().getFileMetaData().getSchema();
        }
        MessageType schema = schemaOut[0];
        List<List<String>> rows = new ArrayList<>();
        try (ParquetReader<Group> r = ParquetReader.builder(new GroupReadSupport(), p).withConf(conf).build()) {
            Group g;
            while ((g = r.read()) != null) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < schema.getFieldCount(); c++) {
                    if (g.getFieldRepetitionCount(c) == 0) {
                        row.add(null);
                        continue;
                    }
                    PrimitiveTypeName t = schema.getType(c).asPrimitiveType().getPrimitiveTypeName();
                    row.add(switch (t) {
                        case INT64 -> Long.toString(g.getLong(c, 0));
                        case DOUBLE -> "D" + Double.doubleToLongBits(g.getDouble(c, 0));
                        case BINARY -> g.getString(c, 0);
                        default -> throw new AssertionError("unexpected type " + t);
                    });
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** A simple CSV split with quotes, for the expected values. */
    static List<List<String>> csv(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> row = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (q) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (ch == '"') {
                    q = false;
                } else {
                    b.append(ch);
                }
            } else if (ch == '"') {
                q = true;
            } else if (ch == ',') {
                row.add(b.toString());
                b.setLength(0);
            } else if (ch == '\n') {
                row.add(b.toString());
                b.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                b.append(ch);
            }
        }
        return rows;
    }

    /** Compares every cell: a DOUBLE column's cell is the CSV number's bits, an empty number cell is null. */
    static void assertSame(Path csvFile, Path parquet) throws Exception {
        List<List<String>> expected = csv(csvFile);
        MessageType[] schema = new MessageType[1];
        List<List<String>> got = read(parquet, schema);
        List<String> header = expected.get(0);
        assertEquals(header.size(), schema[0].getFieldCount(), csvFile.toString());
        for (int c = 0; c < header.size(); c++) {
            Type t = schema[0].getType(c);
            assertEquals(header.get(c), t.getName());
            assertEquals(Type.Repetition.OPTIONAL, t.getRepetition());
            PrimitiveType pt = t.asPrimitiveType();
            if (pt.getPrimitiveTypeName() == PrimitiveTypeName.BINARY) {
                assertEquals(LogicalTypeAnnotation.stringType(), pt.getLogicalTypeAnnotation());
            }
        }
        assertEquals(expected.size() - 1, got.size(), "rows of " + parquet);
        for (int r = 1; r < expected.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                String e = expected.get(r).get(c);
                PrimitiveTypeName t = schema[0].getType(c).asPrimitiveType().getPrimitiveTypeName();
                String want = t == PrimitiveTypeName.DOUBLE
                        ? (e.isEmpty() ? null : "D" + Double.doubleToLongBits(Double.parseDouble(e))) : e;
                assertEquals(want, got.get(r - 1).get(c), parquet + " row " + r + " column " + header.get(c));
            }
        }
    }

    @Test
    void everyCombinedOutputOfAPanelReadsBackEqualToItsCsv() throws Exception {
        Path data = tmp.resolve("tables");
        for (int i = 0; i < 4; i++) {
            CsvFolderWriter.write(SyntheticTable.generate(500 + i, 5, 4, 0), data.resolve("synth_" + (2010 + i)));
        }
        Path out = tmp.resolve("out");
        PrintWriter log = new PrintWriter(new ByteArrayOutputStream(), true);
        PanelResult r = PanelRunner.of(Panel.fromFolder(data, "synth"), new PanelRunnerTest.Counting().decompositions())
                .out(out).threads(2).log(log).progress(log, false).parquet(true).execute();
        assertEquals(3, r.outputs().size());
        for (String kind : r.outputs().keySet()) {
            Path pq = out.resolve(kind + ".parquet");
            assertTrue(Files.isRegularFile(pq), pq.toString());
            assertSame(out.resolve(kind + ".csv"), pq);
            MessageType[] schema = new MessageType[1];
            List<List<String>> rows = read(pq, schema);
            assertEquals(PrimitiveTypeName.BINARY, schema[0].getType("database").asPrimitiveType().getPrimitiveTypeName());
            assertEquals(PrimitiveTypeName.INT64, schema[0].getType("year").asPrimitiveType().getPrimitiveTypeName());
            assertTrue(schema[0].getFields().stream().anyMatch(
                    f -> f.asPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.DOUBLE), kind);
            assertEquals(List.of("2010", "2011", "2012", "2013"),
                    rows.stream().map(x -> x.get(1)).distinct().toList(), kind);
        }
        // without the option: no Parquet file
        Path out2 = tmp.resolve("out2");
        PanelRunner.of(Panel.fromFolder(data, "synth"), new PanelRunnerTest.Counting().decompositions())
                .out(out2).threads(2).log(log).progress(log, false).execute();
        assertFalse(Files.exists(out2.resolve("bm2025_trade_measures.parquet")));
    }

    @Test
    void quotingNullsManyColumnsAndRandomNumbersSurvive() throws Exception {
        Random rnd = new Random(7);
        StringBuilder b = new StringBuilder("database,year,label");
        for (int c = 0; c < 20; c++) {
            b.append(",m").append(c);
        }
        b.append(",allEmpty,code\n");
        for (int r = 0; r < 300; r++) {
            b.append(r % 7 == 0 ? "\"db, \"\"quoted\"\"\"" : "wiod").append(',').append(1995 + r % 3).append(',')
                    .append(r % 5 == 0 ? "\"two\nlines\"" : "Côte d'Ivoire " + r);
            for (int c = 0; c < 20; c++) {
                double v = switch ((r + c) % 6) {
                    case 0 -> rnd.nextGaussian() * 1e-300;
                    case 1 -> -rnd.nextDouble() * 1e12;
                    case 2 -> Math.rint(rnd.nextGaussian() * 1e6);
                    case 3 -> Double.NaN;
                    default -> rnd.nextDouble();
                };
                b.append(',').append(Double.isNaN(v) ? "" : v == Math.rint(v) ? Long.toString((long) v)
                        : String.format(java.util.Locale.ROOT, "%.17g", v));
            }
            b.append(",,").append(r % 2 == 0 ? "D" : "01").append('\n');
        }
        Path in = tmp.resolve("t.csv");
        Files.writeString(in, b.toString(), StandardCharsets.UTF_8);
        Path pq = tmp.resolve("t.parquet");
        assertEquals(300, ParquetFile.fromCsv(in, pq));
        assertSame(in, pq);
        MessageType[] schema = new MessageType[1];
        read(pq, schema);
        assertEquals(PrimitiveTypeName.BINARY, schema[0].getType("allEmpty").asPrimitiveType().getPrimitiveTypeName());
        assertEquals(PrimitiveTypeName.BINARY, schema[0].getType("code").asPrimitiveType().getPrimitiveTypeName());
        assertEquals(PrimitiveTypeName.DOUBLE, schema[0].getType("m3").asPrimitiveType().getPrimitiveTypeName());
        assertEquals(25, schema[0].getFieldCount());
    }

    @Test
    void badInputIsRefusedWithFileRowAndColumnAndNothingWritten() throws Exception {
        Path in = tmp.resolve("bad.csv");
        Path pq = tmp.resolve("bad.parquet");
        Files.writeString(in, "database,year,x\nwiod,2000,1\nwiod,20x1,2\n", StandardCharsets.UTF_8);
        GvcException e = assertThrows(GvcException.class, () -> ParquetFile.fromCsv(in, pq));
        assertTrue(e.getMessage().contains("bad.csv") && e.getMessage().contains("row 3")
                && e.getMessage().contains("column year"), e.getMessage());
        assertFalse(Files.exists(pq));
        Files.writeString(in, "database,year,x,x\nwiod,2000,1,2\n", StandardCharsets.UTF_8);
        e = assertThrows(GvcException.class, () -> ParquetFile.fromCsv(in, pq));
        assertTrue(e.getMessage().contains("\"x\"") && e.getMessage().contains("repeated"), e.getMessage());
        Files.writeString(in, "database,year,x\nwiod,2000,1,2\n", StandardCharsets.UTF_8);
        e = assertThrows(GvcException.class, () -> ParquetFile.fromCsv(in, pq));
        assertTrue(e.getMessage().contains("row 2 has 4 cells"), e.getMessage());
        assertFalse(Files.exists(pq));
    }
}
