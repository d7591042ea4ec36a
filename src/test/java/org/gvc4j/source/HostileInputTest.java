package org.gvc4j.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.gvc4j.Gvc;
import org.gvc4j.cli.Main;
import org.gvc4j.error.GvcException;
import org.gvc4j.model.IoTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input (issue 14 item 5, issue 13 item 6 for tables): corrupted variants of every format fixture and of
 * table folders, fed through the real command line in-process ({@code gvc convert}, {@code gvc info},
 * {@code gvc info --check}) and through {@link Gvc#load}. Every variant must end in
 * <ul>
 *   <li>exit 0 with a correct result: a documented repair (BOM, CRLF, quoted numbers and labels, spaces around
 *       numbers, blank lines at the end, character references in a workbook) gives exactly the clean table; a changed
 *       number that is still a number is either not used by the reader (the result is the clean one) or appears in the
 *       result; nothing prints NaN or Infinity; or</li>
 *   <li>a clean refusal: a non-zero exit, one short line naming the file and, for content, a line, cell or label; no
 *       Java exception class name or stack trace; and {@code gvc convert} leaves no output folder and no partial
 *       file.</li>
 * </ul>
 * Nothing may hang (a per-variant timeout). The seed is fixed, so a failure reproduces; the test prints its count,
 * the outcomes by kind and its running time.
 */
class HostileInputTest {
    /** Fixed, so that a failure reproduces; {@code -Dgvc4j.fuzz.seed=N -Dgvc4j.fuzz.perBase=K} for a longer campaign. */
    private static final long SEED = Long.getLong("gvc4j.fuzz.seed", 1_402_2024L);
    private static final int PER_BASE = Integer.getInteger("gvc4j.fuzz.perBase", 72);
    private static final long VARIANT_SECONDS = 20;
    private static final Pattern CLASS_NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9]*(Exception|Error)\\b"
            + "|\\b(java|javax|sun|jdk|org\\.gvc4j)\\.[a-z]+\\.|\\n\\s*at |Caused by");
    private static final Pattern LOCATOR = Pattern.compile("line \\d|cell [A-Z]+\\d|row |column|\"[^\"]*\"|member|"
            + "header|sheet|is empty|not found|missing|does not exist|no such|holds no|no year|"
            + "\\b(of|at|for) [A-Z][A-Za-z0-9]*\\.\\S");
    private static final Pattern MEMBER = Pattern.compile("[\\w.-]+\\.(csv|txt|xml|rels|CSV)\\b");

    /** What a variant may end in. */
    enum Oracle {
        /** A documented repair: exit 0 and exactly the clean result. */
        REPAIR,
        /** A structural change: a clean refusal, or (when the reader does not depend on what changed) the clean result. */
        SAME_OR_REFUSED,
        /** A number changed into another valid number: refusal, the clean result, or a result holding the number. */
        VALUE,
        /** Not a table any more (bad number syntax, bad bytes, entities): a clean refusal. */
        REFUSED
    }

    enum Mode { CONVERT, INFO, CHECK, LOAD }

    /** One file of a source the mutations aim at. */
    record Target(String member, String type, char delim, int headLines, int labelCols, boolean lastOnly, boolean unread) {
        Target(String member, String type, char delim, int headLines, int labelCols, boolean lastOnly) {
            this(member, type, delim, headLines, labelCols, lastOnly, false);
        }

        /** A member the reader does not read for the options given (another year): any change leaves the result. */
        Target unreadForTheseOptions() {
            return new Target(member, type, delim, headLines, labelCols, lastOnly, true);
        }

        static Target csv(String member, int headLines, int labelCols) {
            return new Target(member, "text", ',', headLines, labelCols, false);
        }

        static Target tsv(String member, int headLines, int labelCols) {
            return new Target(member, "text", '\t', headLines, labelCols, false);
        }

        static Target labels(String member) {
            return new Target(member, "labels", '\t', 0, 99, false);
        }

        static Target sheet(String member) {
            return new Target(member, "sheet", ',', 0, 0, false);
        }

        static Target xml(String member) {
            return new Target(member, "xml", ',', 0, 0, false);
        }
    }

    /**
     * A source to corrupt: its members in memory ({@code ""} for a plain file; {@code null} content for a zip's folder
     * entries), how to read it, and which members to aim at.
     */
    record Base(String name, String fileName, String container, Map<String, byte[]> members, ReadOptions options,
            List<Target> targets, boolean derived) {
    }

    /** A corrupted source. */
    static final class Variant {
        final String what;
        final Oracle oracle;
        Map<String, byte[]> members;
        /** For {@link Oracle#VALUE}: the number written. */
        String value;
        /** Applied to the written source (a path: file, folder or zip). */
        FsEdit fs;
        /** Output folder to use instead of a fresh one (convert). */
        String outDir;
        /** A member written uncompressed (so that a changed byte stays a readable digit). */
        String stored;

        Variant(String what, Oracle oracle, Map<String, byte[]> members) {
            this.what = what;
            this.oracle = oracle;
            this.members = members;
        }
    }

    @FunctionalInterface
    interface FsEdit {
        void apply(Path source) throws Exception;
    }

    /** What one run gave. */
    record Outcome(int code, String out, String err, Map<String, byte[]> files, IoTable table, Throwable unexpected) {
    }

    @TempDir
    Path tmp;

    private final Map<String, Integer> counts = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<Object[]> slowest = new ArrayList<>();
    private ExecutorService runner = newRunner();

    private static ExecutorService newRunner() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hostile-input");
            t.setDaemon(true);
            return t;
        });
    }

    /** The official-format fixtures in ../shared (or -Dgvc4j.shared). */
    private static Path formats() {
        return Path.of(System.getProperty("gvc4j.shared", "../shared")).resolve("reference").resolve("formats");
    }

    @Test
    void everyCorruptedInputEndsInACorrectResultOrACleanRefusal() throws Exception {
        long t0 = System.nanoTime();
        List<Base> bases = bases();
        SplittableRandom rnd = new SplittableRandom(SEED);
        int tried = 0;
        for (Base b : bases) {
            Map<Mode, Outcome> clean = new LinkedHashMap<>();
            for (Mode m : Mode.values()) {
                Outcome o = run(b, write(b, new Variant("clean", Oracle.REPAIR, b.members()), tmp.resolve("clean-" + b.name()
                        + "-" + m)), m, tmp.resolve("clean-" + b.name() + "-" + m), null);
                if (o.code() != 0 || o.unexpected() != null) {
                    fail(b.name() + ": the clean source fails in mode " + m + ": " + o.err() + " " + o.unexpected());
                }
                clean.put(m, o);
            }
            List<Variant> variants = variants(b, rnd);
            for (Variant v : variants) {
                Mode mode = pickMode(rnd, v);
                Path dir = tmp.resolve(String.format(Locale.ROOT, "v%05d", tried++));
                Files.createDirectories(dir);
                Outcome o;
                long v0 = System.nanoTime();
                try {
                    Path src = write(b, v, dir);
                    o = run(b, src, mode, dir, v);
                    slowest.add(new Object[] {(System.nanoTime() - v0) / 1e9, b.name() + " [" + v.what + ", " + mode + "]"});
                } catch (IOException e) {
                    fail(b.name() + " " + v.what + ": cannot write the variant: " + e);
                    return;
                }
                String problem = judge(b, v, mode, o, clean.get(mode), dir);
                String kind = o.code() == 0 ? (sameAs(mode, o, clean.get(mode)) ? "accepted, same as clean"
                        : "accepted, number read") : o.code() == 124 ? "HANG" : "refused";
                counts.merge(v.oracle + " " + kind, 1, Integer::sum);
                if (problem != null) {
                    failures.add(b.name() + " [" + v.what + ", " + mode + "]: " + problem);
                }
                deleteTree(dir);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "hostile input: %d variants of %d sources in %.1f s (seed %d)%n", tried,
                bases.size(), seconds, SEED);
        counts.forEach((k, n) -> System.out.printf(Locale.ROOT, "  %-45s %5d%n", k, n));
        slowest.sort((x, y) -> Double.compare((double) y[0], (double) x[0]));
        slowest.stream().limit(8).forEach(x -> System.out.printf(Locale.ROOT, "  slowest %.2f s %s%n", x[0], x[1]));
        System.out.println("  failures " + failures.size());
        failures.stream().limit(400).forEach(f -> System.out.println("  FAIL " + f));
        if (Files.isDirectory(formats())) {
            assertTrue(tried >= 1000, "only " + tried + " variants");
        } else {
            // without ../shared only the embedded table's folder variants exist (bases() said so): they are judged
            // above all the same; the 1,000-variant campaign needs the format fixtures, which CI always has
            assertTrue(tried > 0, "no variants of the embedded table ran");
        }
        assertEquals(List.of(), failures.subList(0, Math.min(25, failures.size())), failures.size() + " variants failed");
    }

    private static Mode pickMode(SplittableRandom rnd, Variant v) {
        if (v.outDir != null) {
            return Mode.CONVERT;
        }
        int r = rnd.nextInt(20);
        return r < 10 ? Mode.CONVERT : r < 13 ? Mode.INFO : r < 16 ? Mode.CHECK : Mode.LOAD;
    }

    // ---------------------------------------------------------------- the sources

    private List<Base> bases() throws IOException {
        List<Base> out = new ArrayList<>();
        Map<String, byte[]> demo = new LinkedHashMap<>();
        for (String f : new String[] {"Z.csv", "Y.csv", "VA_X.csv"}) {
            try (InputStream in = getClass().getResourceAsStream("/org/gvc4j/demo/" + f)) {
                demo.put(f, in.readAllBytes());
            }
        }
        List<Target> folderTargets = List.of(Target.csv("Z.csv", 1, 1), Target.csv("Y.csv", 1, 1),
                Target.csv("VA_X.csv", 1, 1));
        out.add(new Base("demo-folder", "demo", "folder", demo, ReadOptions.DEFAULT, folderTargets, false));
        Path formats = formats();
        if (!Files.isDirectory(formats)) {
            System.out.println("hostile input: " + formats + " absent: only the table-folder variants run (CI has the "
                    + "format fixtures)");
            return out;
        }
        Map<String, byte[]> yfull = new LinkedHashMap<>();
        for (String f : new String[] {"Z.csv", "Yfull.csv", "VA_X.csv"}) {
            yfull.put(f, Files.readAllBytes(formats.resolve("adb/expected").resolve(f)));
        }
        out.add(new Base("yfull-folder", "adb-table", "folder", yfull, ReadOptions.DEFAULT, List.of(Target.csv("Z.csv", 1, 1),
                Target.csv("Yfull.csv", 1, 1), Target.csv("VA_X.csv", 1, 1)), false));
        ReadOptions d = ReadOptions.DEFAULT;
        out.add(file(formats, "icio2016/ICIO2016_2011.csv", d, Target.csv("", 1, 1)));
        out.add(file(formats, "icio2018/ICIO2018_2015.CSV", d, Target.csv("", 1, 1)));
        out.add(file(formats, "icio2021/ICIO2021_2018.csv", d.withSplitRegions(true), Target.csv("", 1, 1)));
        out.add(file(formats, "icio2023/2020.csv", d, Target.csv("", 1, 1)));
        out.add(file(formats, "icio2023/2020_SML.csv", d, Target.csv("", 1, 1)));
        out.add(zip(formats, "icio2023/2016-2020.zip", d.withYear(2020), false, Target.csv("2020.csv", 1, 1),
                Target.csv("2019.csv", 1, 1).unreadForTheseOptions()));
        out.add(file(formats, "figaro/matrix_eu-ic-io_ind-by-ind_24ed_2022.csv", d, Target.csv("", 1, 1)));
        out.add(file(formats, "figaro/matrix_eu-ic-io_prod-by-prod_24ed_2022.csv", d, Target.csv("", 1, 1)));
        out.add(file(formats, "figaro/flatfile_eu-ic-io_ind-by-ind_24ed_2022.csv", d,
                new Target("", "text", ',', 1, 6, true)));
        out.add(file(formats, "lrwiod/lr_wiod_wiot_final_filled.csv", d.withYear(2000),
                new Target("", "text", ',', 1, 7, true)));
        List<Target> exio = List.of(Target.tsv("Z.txt", 3, 2), Target.tsv("Y.txt", 3, 2), Target.tsv("x.txt", 1, 2),
                Target.tsv("factor_inputs/F.txt", 2, 1));
        out.add(folder(formats, "exiobase/IOT_2022_ixi", d, false, exio));
        out.add(zip(formats, "exiobase/IOT_2022_ixi.zip", d, false, exio.stream().map(t -> new Target("IOT_2022_ixi/"
                + t.member(), t.type(), t.delim(), t.headLines(), t.labelCols(), t.lastOnly())).toArray(Target[]::new)));
        out.add(zip(formats, "exiobase/v3.4-layout/IOT_2022_ixi.zip", d, true, Target.tsv("IOT_2022_ixi/A.txt", 3, 2),
                Target.tsv("IOT_2022_ixi/Y.txt", 3, 2), Target.tsv("IOT_2022_ixi/satellite/F.txt", 2, 1)));
        String eora = "Eora26_2015_bp_";
        out.add(folder(formats, "eora26/Eora26_2015_bp", d, false, List.of(Target.tsv(eora + "T.txt", 0, 0),
                Target.tsv(eora + "FD.txt", 0, 0), Target.tsv(eora + "VA.txt", 0, 0), Target.labels("labels_T.txt"),
                Target.labels("labels_FD.txt"), Target.labels("labels_VA.txt"))));
        out.add(zip(formats, "wiod2013/WIOT11_ROW_Sep12.xlsx", d, false, Target.sheet("xl/worksheets/sheet1.xml"),
                Target.xml("xl/sharedStrings.xml"), Target.xml("xl/workbook.xml")));
        out.add(zip(formats, "adb/ADB-MRIO62-2021_August 2024.xlsx", d, false, Target.sheet("xl/worksheets/sheet1.xml"),
                Target.xml("xl/sharedStrings.xml"), Target.xml("xl/_rels/workbook.xml.rels")));
        String gloria = "GLORIA_MRIOs_59_2022/20230314_120secMother_AllCountries_002_";
        out.add(folder(formats, "gloria/GLORIA_059_2022", d, false, List.of(
                Target.csv(gloria + "T-Results_2022_059_Markup001(full).csv", 0, 0),
                Target.csv(gloria + "Y-Results_2022_059_Markup001(full).csv", 0, 0),
                Target.csv(gloria + "V-Results_2022_059_Markup001(full).csv", 0, 0))));
        return out;
    }

    private static Base file(Path formats, String rel, ReadOptions o, Target t) throws IOException {
        Path p = formats.resolve(rel);
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("", Files.readAllBytes(p));
        return new Base(rel, p.getFileName().toString(), "file", m, o, List.of(t), false);
    }

    private static Base folder(Path formats, String rel, ReadOptions o, boolean derived, List<Target> targets)
            throws IOException {
        Path p = formats.resolve(rel);
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                m.put(p.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return new Base(rel, p.getFileName().toString(), "folder", m, o, targets, derived);
    }

    private static Base zip(Path formats, String rel, ReadOptions o, boolean derived, Target... targets)
            throws IOException {
        Path p = formats.resolve(rel);
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(p.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    m.put(e.getName(), e.isDirectory() ? null : in.readAllBytes());
                }
            }
        }
        return new Base(rel, p.getFileName().toString(), "zip", m, o, List.of(targets), derived);
    }

    // ---------------------------------------------------------------- the variants

    private static final String[] BAD_NUMBERS = {"NaN", "nan", "Inf", "Infinity", "-Infinity", "+Infinity", "1e400",
        "-1e400", "1E999999999", "12d", "12f", "7L", "0x1p3", "0x1F", "1_000", "1.2.3", "--5", "+-1", "5%", "abc", "1e",
        "1e+", ".", "-", "1 2", "\"1,5\"", "١٢", "１２", "12\u00a0", "\u202e12", "1e5.5", "#N/A", "#DIV/0!", "null",
        "true", "0b101", "1/2", "$12"};
    private static final String[] CONTROL = {"\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\u001b",
        "\u007f", "\r"};
    private static final String[] GOOD_NUMBERS = {"7.77e250", "-7.77e250", "1.7976931348623157E308",
        "123456789012345678901234567890", "-3.25e249"};

    private List<Variant> variants(Base b, SplittableRandom rnd) throws IOException {
        List<Variant> out = new ArrayList<>();
        int guard = 0;
        while (out.size() < PER_BASE && guard++ < PER_BASE * 20) {
            Target t = b.targets().get(rnd.nextInt(b.targets().size()));
            Variant v = switch (t.type()) {
                case "sheet", "xml" -> xmlVariant(b, t, rnd);
                default -> textVariant(b, t, rnd);
            };
            if (v == null && rnd.nextInt(4) == 0) {
                v = containerVariant(b, t, rnd);
            }
            if (v != null) {
                out.add(unreadAware(t, v));
            }
        }
        // each source also meets container-level corruptions
        for (int k = 0; k < 12; k++) {
            Target t = b.targets().get(k % b.targets().size());
            Variant v = containerVariant(b, t, rnd);
            if (v != null) {
                out.add(unreadAware(t, v));
            }
        }
        return out;
    }

    /** A change to a member the reader does not read for the options given can only leave the result as it was. */
    private static Variant unreadAware(Target t, Variant v) {
        if (!t.unread() || v.oracle == Oracle.REPAIR) {
            return v;
        }
        Variant u = new Variant(v.what + " (a member not read for these options)", Oracle.SAME_OR_REFUSED, v.members);
        u.fs = v.fs;
        u.outDir = v.outDir;
        u.stored = v.stored;
        return u;
    }

    private static Map<String, byte[]> with(Base b, String member, byte[] content) {
        Map<String, byte[]> m = new LinkedHashMap<>(b.members());
        m.put(member, content);
        return m;
    }

    private static String text(Base b, Target t) {
        return new String(b.members().get(t.member()), StandardCharsets.UTF_8);
    }

    private Variant textVariant(Base b, Target t, SplittableRandom rnd) {
        String s = text(b, t);
        byte[] raw = b.members().get(t.member());
        List<int[]> nums = t.type().equals("labels") ? List.of() : numberSpans(s, t, b.options().year());
        List<int[]> labels = labelSpans(s, t);
        String eol = s.contains("\r\n") ? "\r\n" : "\n";
        String[] lines = s.split("\n", -1);
        int kind = rnd.nextInt(30);
        String m = t.member().isEmpty() ? b.fileName() : t.member();
        switch (kind) {
            case 0 -> {
                byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                return new Variant("BOM in " + m, Oracle.REPAIR, with(b, t.member(), concat(bom, raw)));
            }
            case 1 -> {
                String crlf = eol.equals("\r\n") ? s.replace("\r\n", "\n") : s.replace("\n", "\r\n");
                return new Variant((eol.equals("\r\n") ? "LF" : "CRLF") + " line ends in " + m, Oracle.REPAIR,
                        with(b, t.member(), utf8(crlf)));
            }
            case 2 -> {
                if (nums.isEmpty()) {
                    return null;
                }
                return new Variant("quoted numbers in " + m, Oracle.REPAIR, with(b, t.member(), utf8(replaceSpans(s,
                        nums, x -> x.startsWith("\"") ? x : "\"" + x + "\""))));
            }
            case 3 -> {
                if (labels.isEmpty()) {
                    return null;
                }
                return new Variant("quoted labels in " + m, Oracle.REPAIR, with(b, t.member(), utf8(replaceSpans(s,
                        labels, x -> x.startsWith("\"") ? x : "\"" + x.replace("\"", "\"\"") + "\""))));
            }
            case 4 -> {
                if (nums.isEmpty()) {
                    return null;
                }
                List<int[]> some = sample(nums, rnd, 5);
                return new Variant("spaces around numbers in " + m, Oracle.REPAIR, with(b, t.member(), utf8(
                        replaceSpans(s, some, x -> x.startsWith("\"") ? x : "  " + x + " "))));
            }
            case 5 -> {
                return new Variant("blank lines at the end of " + m, Oracle.REPAIR, with(b, t.member(),
                        utf8(s + eol + eol)));
            }
            case 6 -> {
                int cut = rnd.nextInt(Math.max(1, raw.length));
                return new Variant("truncated at byte " + cut + " of " + m, Oracle.SAME_OR_REFUSED, with(b, t.member(),
                        Arrays.copyOf(raw, cut)));
            }
            case 7 -> {
                int cut = raw.length - 1 - rnd.nextInt(Math.min(12, raw.length));
                return new Variant("last " + (raw.length - cut) + " bytes cut from " + m, Oracle.SAME_OR_REFUSED,
                        with(b, t.member(), Arrays.copyOf(raw, cut)));
            }
            case 8 -> {
                int i = rnd.nextInt(lines.length);
                List<String> l = new ArrayList<>(List.of(lines));
                l.remove(i);
                return new Variant("line " + (i + 1) + " deleted from " + m, Oracle.SAME_OR_REFUSED, with(b, t.member(),
                        utf8(String.join("\n", l))));
            }
            case 9 -> {
                int i = rnd.nextInt(lines.length);
                List<String> l = new ArrayList<>(List.of(lines));
                l.add(i, lines[i]);
                return new Variant("line " + (i + 1) + " twice in " + m, Oracle.SAME_OR_REFUSED, with(b, t.member(),
                        utf8(String.join("\n", l))));
            }
            case 10 -> {
                if (t.headLines() == 0 && t.labelCols() == 0 || t.member().equals("labels_VA.txt")) {
                    // lines known only by their position (Eora26's numbers, and its value-added names, which carry no
                    // structure to check): two swapped are another valid table
                    return null;
                }
                int i = rnd.nextInt(lines.length);
                int j = rnd.nextInt(lines.length);
                String[] l = lines.clone();
                l[i] = lines[j];
                l[j] = lines[i];
                return new Variant("lines " + (i + 1) + " and " + (j + 1) + " swapped in " + m, Oracle.SAME_OR_REFUSED,
                        with(b, t.member(), utf8(String.join("\n", l))));
            }
            case 11 -> {
                int i = rnd.nextInt(lines.length);
                String[] l = lines.clone();
                int cut = l[i].lastIndexOf(t.delim());
                if (cut < 0) {
                    return null;
                }
                l[i] = l[i].substring(0, cut) + (l[i].endsWith("\r") ? "\r" : "");
                return new Variant("last field of line " + (i + 1) + " removed in " + m, Oracle.SAME_OR_REFUSED,
                        with(b, t.member(), utf8(String.join("\n", l))));
            }
            case 12 -> {
                int i = rnd.nextInt(lines.length);
                String[] l = lines.clone();
                boolean cr = l[i].endsWith("\r");
                l[i] = (cr ? l[i].substring(0, l[i].length() - 1) : l[i]) + t.delim() + "1" + (cr ? "\r" : "");
                return new Variant("one more field on line " + (i + 1) + " of " + m, Oracle.SAME_OR_REFUSED,
                        with(b, t.member(), utf8(String.join("\n", l))));
            }
            case 13 -> {
                char other = t.delim() == ',' ? (rnd.nextBoolean() ? ';' : '\t') : ',';
                return new Variant("delimiter " + printable(String.valueOf(other)) + " in " + m, Oracle.SAME_OR_REFUSED,
                        with(b, t.member(), utf8(s.replace(t.delim(), other))));
            }
            case 14, 15, 16 -> {
                if (nums.isEmpty()) {
                    return null;
                }
                String bad = BAD_NUMBERS[rnd.nextInt(BAD_NUMBERS.length)];
                int[] at = nums.get(rnd.nextInt(nums.size()));
                return new Variant("number \"" + printable(s.substring(at[0], at[1])) + "\" -> \"" + printable(bad)
                        + "\" in " + m, Oracle.REFUSED, with(b, t.member(), utf8(replaceSpans(s, List.of(at),
                        x -> bad))));
            }
            case 17, 18 -> {
                if (nums.isEmpty()) {
                    return null;
                }
                String c = CONTROL[rnd.nextInt(CONTROL.length)];
                int[] at = nums.get(rnd.nextInt(nums.size()));
                String x = s.substring(at[0], at[1]);
                int pos = rnd.nextInt(c.equals("\r") ? x.length() : x.length() + 1); // "12\r" before a line end is CRLF
                String y = x.substring(0, pos) + c + x.substring(pos);
                return new Variant("control byte " + printable(c) + " inside number \"" + x + "\" in " + m,
                        Oracle.REFUSED, with(b, t.member(), utf8(replaceSpans(s, List.of(at), z -> y))));
            }
            case 19, 20 -> {
                if (nums.isEmpty()) {
                    return null;
                }
                String good = GOOD_NUMBERS[rnd.nextInt(GOOD_NUMBERS.length)];
                int[] at = nums.get(rnd.nextInt(nums.size()));
                Variant v = new Variant("number \"" + s.substring(at[0], at[1]) + "\" -> " + good + " in " + m,
                        Oracle.VALUE, with(b, t.member(), utf8(replaceSpans(s, List.of(at), x -> good))));
                v.value = good;
                return v;
            }
            case 21 -> {
                byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
                    {(byte) 0xE2, (byte) 0x82}};
                byte[] ins = bad[rnd.nextInt(bad.length)];
                int pos = rnd.nextInt(raw.length + 1);
                byte[] c = concat(Arrays.copyOf(raw, pos), ins, Arrays.copyOfRange(raw, pos, raw.length));
                return new Variant("bytes that are not UTF-8 at byte " + pos + " of " + m, Oracle.REFUSED,
                        with(b, t.member(), c));
            }
            case 22 -> {
                if (labels.size() < 2) {
                    return null;
                }
                int[] a = labels.get(rnd.nextInt(labels.size()));
                int[] c = labels.get(rnd.nextInt(labels.size()));
                String copy = s.substring(c[0], c[1]);
                return new Variant("label \"" + s.substring(a[0], a[1]) + "\" -> \"" + copy + "\" in " + m,
                        Oracle.SAME_OR_REFUSED, with(b, t.member(), utf8(replaceSpans(s, List.of(a), x -> copy))));
            }
            case 23 -> {
                if (labels.isEmpty()) {
                    return null;
                }
                int[] a = labels.get(rnd.nextInt(labels.size()));
                String[] repl = {"ZZZ_Q99", "XYZ.abc", "", " ", "DEU", "A.B.C", "_", "ROW_", "\"\"", "c1", "r64",
                    "TOTAL", "HFCE"};
                String r = repl[rnd.nextInt(repl.length)];
                return new Variant("label \"" + s.substring(a[0], a[1]) + "\" -> \"" + r + "\" in " + m,
                        Oracle.SAME_OR_REFUSED, with(b, t.member(), utf8(replaceSpans(s, List.of(a), x -> r))));
            }
            case 24 -> {
                if (labels.isEmpty()) {
                    return null;
                }
                int[] a = labels.get(rnd.nextInt(labels.size()));
                String c = CONTROL[rnd.nextInt(CONTROL.length - 1)];
                return new Variant("control byte " + printable(c) + " in label \"" + s.substring(a[0], a[1]) + "\" of "
                        + m, Oracle.REFUSED, with(b, t.member(), utf8(replaceSpans(s, List.of(a), x -> x.isEmpty()
                        ? c : x.charAt(0) + c + x.substring(1)))));
            }
            case 25 -> {
                if (labels.isEmpty()) {
                    return null;
                }
                int[] a = labels.get(rnd.nextInt(labels.size()));
                String huge = "L".repeat(70_000 + rnd.nextInt(1000));
                return new Variant("a label of 70,000 characters in " + m, Oracle.REFUSED, with(b, t.member(),
                        utf8(replaceSpans(s, List.of(a), x -> huge))));
            }
            case 26 -> {
                return new Variant("empty " + m, Oracle.SAME_OR_REFUSED, with(b, t.member(), new byte[0]));
            }
            case 27 -> {
                byte[] g = new byte[Math.max(16, raw.length / 4)];
                rnd.nextBytes(g);
                return new Variant("random bytes in place of " + m, Oracle.SAME_OR_REFUSED, with(b, t.member(), g));
            }
            case 28 -> {
                return b.name().startsWith("icio") ? clonedCountries(b, t, s, rnd) : hugeHeader(b, t, s, rnd);
            }
            default -> {
                // an unterminated quote somewhere
                int pos = rnd.nextInt(s.length() + 1);
                return new Variant("a lone quote at character " + pos + " of " + m, Oracle.SAME_OR_REFUSED,
                        with(b, t.member(), utf8(s.substring(0, pos) + "\"" + s.substring(pos))));
            }
        }
    }

    /** A header with tens of thousands of columns over a small body: must be refused before allocating. */
    private static Variant hugeHeader(Base b, Target t, String s, SplittableRandom rnd) {
        if (t.headLines() < 1 || t.lastOnly()) {
            return null;
        }
        int nl = s.indexOf('\n');
        String first = s.substring(0, nl < 0 ? s.length() : nl).replace("\r", "");
        int cut = first.lastIndexOf(t.delim());
        if (cut < 0) {
            return null;
        }
        int extra = 20_000 + rnd.nextInt(30_000);
        StringBuilder h = new StringBuilder(first);
        String sample = first.substring(cut + 1).replace("\"", "");
        int sep = Math.max(sample.indexOf('_'), sample.indexOf('.'));
        String suffix = sep > 0 ? sample.substring(sep) : ".S";
        for (int k = 0; k < extra; k++) {
            h.append(t.delim()).append(String.format(Locale.ROOT, "Q%05d", k)).append(suffix);
        }
        return new Variant("a header of " + extra + " more columns in " + (t.member().isEmpty() ? b.fileName()
                : t.member()), Oracle.SAME_OR_REFUSED, with(b, t.member(), utf8(h + s.substring(nl < 0 ? s.length() : nl))));
    }

    /**
     * An OECD header announcing thousands more countries, each with every sector and final-demand category, over the
     * same small body: a consistent header for a table of 20,000+ industries (gigabytes of Z) that the file cannot
     * hold. Must be refused before allocating.
     */
    private static Variant clonedCountries(Base b, Target t, String s, SplittableRandom rnd) {
        int nl = s.indexOf('\n');
        String first = s.substring(0, nl).replace("\r", "");
        List<String> head = new ArrayList<>(List.of(first.split(",", -1)));
        String country = null;
        for (String l : head.subList(1, head.size())) {
            String u = l.replace("\"", "");
            if (u.matches("[A-Z]{3}_.*") && !u.contains("HFCE")) {
                country = u.substring(0, 3);
                break;
            }
        }
        if (country == null) {
            return null;
        }
        List<String> mine = new ArrayList<>();
        for (String l : head.subList(1, head.size())) {
            List<String> parts = List.of(l.replace("\"", "").split("_", -1));
            if (parts.contains(country)) {
                mine.add(l.replace("\"", ""));
            }
        }
        int extra = 5_000 + rnd.nextInt(2_000);
        StringBuilder h = new StringBuilder(first);
        for (int k = 0; k < extra; k++) {
            String code = String.format(Locale.ROOT, "Q%04d", k);
            for (String l : mine) {
                h.append(',').append(l.replace(country, code));
            }
        }
        return new Variant("a header announcing " + extra + " more countries in " + b.fileName(), Oracle.REFUSED,
                with(b, t.member(), utf8(h + s.substring(nl))));
    }

    private Variant xmlVariant(Base b, Target t, SplittableRandom rnd) {
        String s = text(b, t);
        int kind = rnd.nextInt(18);
        String m = t.member();
        int declEnd = s.startsWith("<?xml") ? s.indexOf("?>") + 2 : 0;
        switch (kind) {
            case 0 -> {
                StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
                for (int k = 1; k <= 9; k++) {
                    dtd.append("<!ENTITY lol").append(k).append(" \"").append(("&lol" + (k == 1 ? "" : k - 1) + ";")
                            .repeat(10)).append("\">");
                }
                dtd.append("]>");
                String body = s.substring(declEnd).replaceFirst("<t( [^>]*)?>", "<t>&lol9;").replaceFirst("<v>", "<v>&lol9;");
                return new Variant("billion laughs entities in " + m, body.contains("&lol9;") ? Oracle.REFUSED
                        : Oracle.SAME_OR_REFUSED,
                        with(b, m, utf8(s.substring(0, declEnd) + dtd + body)));
            }
            case 1 -> {
                String dtd = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
                String body = s.substring(declEnd).replaceFirst("<t( [^>]*)?>", "<t>&xxe;").replaceFirst("<v>", "<v>&xxe;");
                return new Variant("external entity in " + m, body.contains("&xxe;") ? Oracle.REFUSED
                        : Oracle.SAME_OR_REFUSED,
                        with(b, m, utf8(s.substring(0, declEnd) + dtd + body)));
            }
            case 2 -> {
                String dtd = "<!DOCTYPE x SYSTEM \"http://127.0.0.1:9/x.dtd\">";
                return new Variant("external DTD in " + m, Oracle.SAME_OR_REFUSED,
                        with(b, m, utf8(s.substring(0, declEnd) + dtd + s.substring(declEnd))));
            }
            case 3 -> {
                int depth = 20_000 + rnd.nextInt(40_000);
                int at = s.indexOf("<row ");
                if (at < 0) {
                    at = s.indexOf("<si>");
                }
                if (at < 0) {
                    return null;
                }
                String deep = "<x>".repeat(depth) + "</x>".repeat(depth);
                return new Variant("elements nested " + depth + " deep in " + m, Oracle.SAME_OR_REFUSED,
                        with(b, m, utf8(s.substring(0, at) + deep + s.substring(at))));
            }
            case 4 -> {
                String huge = "7".repeat(3_000_000);
                String r = s.replaceFirst("<v>[^<]*</v>", "<v>" + huge + "</v>").replaceFirst("<t( [^>]*)?>", "<t>" + huge);
                if (r.equals(s)) {
                    return null;
                }
                return new Variant("3,000,000 characters in one cell of " + m, Oracle.REFUSED, with(b, m, utf8(r)));
            }
            case 5 -> {
                int cut = rnd.nextInt(s.length());
                return new Variant("truncated at character " + cut + " of " + m, Oracle.SAME_OR_REFUSED,
                        with(b, m, utf8(s.substring(0, cut))));
            }
            case 6, 7 -> {
                List<int[]> nums = xmlNumbers(s, t);
                if (nums.isEmpty()) {
                    return null;
                }
                String bad = BAD_NUMBERS[rnd.nextInt(BAD_NUMBERS.length)].replace("\"", "");
                int[] at = nums.get(rnd.nextInt(nums.size()));
                return new Variant("cell value \"" + s.substring(at[0], at[1]) + "\" -> \"" + printable(bad) + "\" in "
                        + m, Oracle.REFUSED, with(b, m, utf8(replaceSpans(s, List.of(at), x -> escapeXml(bad)))));
            }
            case 8, 9 -> {
                List<int[]> nums = xmlNumbers(s, t);
                if (nums.isEmpty()) {
                    return null;
                }
                String good = GOOD_NUMBERS[rnd.nextInt(GOOD_NUMBERS.length)];
                int[] at = nums.get(rnd.nextInt(nums.size()));
                Variant v = new Variant("cell value \"" + s.substring(at[0], at[1]) + "\" -> " + good + " in " + m,
                        Oracle.VALUE, with(b, m, utf8(replaceSpans(s, List.of(at), x -> good))));
                v.value = good;
                return v;
            }
            case 10 -> {
                List<int[]> refs = spans(s, Pattern.compile("<c r=\"([A-Z]+[0-9]+)\""), 1);
                if (refs.isEmpty()) {
                    return null;
                }
                String[] repl = {"", "A0", "1A", "ZZZZZZ1", "XFE1", "A99999999999", "E-1", "é1"};
                String r = repl[rnd.nextInt(repl.length)];
                int[] at = refs.get(rnd.nextInt(refs.size()));
                return new Variant("cell reference " + s.substring(at[0], at[1]) + " -> \"" + r + "\" in " + m,
                        Oracle.SAME_OR_REFUSED, with(b, m, utf8(replaceSpans(s, List.of(at), x -> r))));
            }
            case 11 -> {
                List<int[]> rows = spans(s, Pattern.compile("<row r=\"([0-9]+)\""), 1);
                if (rows.isEmpty()) {
                    return null;
                }
                String[] repl = {"99999999999999", "-5", "0", "1", "x", "", "2147483648"};
                String r = repl[rnd.nextInt(repl.length)];
                int[] at = rows.get(rnd.nextInt(rows.size()));
                return new Variant("row number " + s.substring(at[0], at[1]) + " -> \"" + r + "\" in " + m,
                        Oracle.SAME_OR_REFUSED, with(b, m, utf8(replaceSpans(s, List.of(at), x -> r))));
            }
            case 12 -> {
                List<int[]> shared = spans(s, Pattern.compile("t=\"s\"><v>([0-9]+)</v>"), 1);
                if (shared.isEmpty()) {
                    return null;
                }
                String[] repl = {"99999", "-1", "2147483648", "1.5", "", "x"};
                String r = repl[rnd.nextInt(repl.length)];
                int[] at = shared.get(rnd.nextInt(shared.size()));
                return new Variant("shared-string index " + s.substring(at[0], at[1]) + " -> \"" + r + "\" in " + m,
                        Oracle.SAME_OR_REFUSED, with(b, m, utf8(replaceSpans(s, List.of(at), x -> r))));
            }
            case 13 -> {
                List<int[]> rows = spans(s, Pattern.compile("(<row [^>]*>.*?</row>)"), 1);
                if (rows.isEmpty()) {
                    return null;
                }
                int[] at = rows.get(rnd.nextInt(rows.size()));
                boolean dup = rnd.nextBoolean();
                return new Variant((dup ? "row element twice" : "row element deleted") + " at character " + at[0]
                        + " of " + m, Oracle.SAME_OR_REFUSED, with(b, m, utf8(replaceSpans(s, List.of(at),
                        x -> dup ? x + x : ""))));
            }
            case 14 -> {
                // character references for letters: the same text
                String r = s.replaceAll("<t([^>]*)>c", "<t$1>&#99;").replaceAll("<t([^>]*)>r", "<t$1>&#x72;");
                if (r.equals(s)) {
                    return null;
                }
                return new Variant("character references in " + m, Oracle.REPAIR, with(b, m, utf8(r)));
            }
            case 15 -> {
                String r = s.replaceAll("<t([^>]*)>([^<]*)</t>", "<t$1><![CDATA[$2]]></t>");
                if (r.equals(s)) {
                    return null;
                }
                return new Variant("CDATA sections in " + m, Oracle.REPAIR, with(b, m, utf8(r)));
            }
            case 16 -> {
                byte[] raw = b.members().get(m);
                int pos = declEnd + rnd.nextInt(Math.max(1, raw.length - declEnd));
                byte[] c = concat(Arrays.copyOf(raw, pos), new byte[] {(byte) 0xFF, (byte) 0xFE},
                        Arrays.copyOfRange(raw, pos, raw.length));
                return new Variant("bytes that are not UTF-8 at byte " + pos + " of " + m, Oracle.REFUSED,
                        with(b, m, c));
            }
            default -> {
                int at = s.indexOf("</sheetData>");
                if (at < 0) {
                    return null;
                }
                // a million empty rows far below the table
                StringBuilder rows = new StringBuilder();
                for (int k = 0; k < 200_000; k++) {
                    rows.append("<row r=\"").append(1000 + k).append("\"/>");
                }
                return new Variant("200,000 empty rows below the table in " + m, Oracle.SAME_OR_REFUSED,
                        with(b, m, utf8(s.substring(0, at) + rows + s.substring(at))));
            }
        }
    }

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    /** Numeric cell values of the data area (column E or right of it, not shared strings). */
    private static List<int[]> xmlNumbers(String s, Target t) {
        if (!t.type().equals("sheet")) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("<c r=\"([A-Z]+)[0-9]+\"( s=\"[0-9]+\")?><v>([^<]*)</v>").matcher(s);
        while (m.find()) {
            String col = m.group(1);
            if (col.length() > 1 || col.charAt(0) >= 'E') {
                if (NumberSyntax.isNumber(m.group(3))) {
                    out.add(new int[] {m.start(3), m.end(3)});
                }
            }
        }
        return out;
    }

    private static List<int[]> spans(String s, Pattern p, int group) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(new int[] {m.start(group), m.end(group)});
        }
        return out;
    }

    private Variant containerVariant(Base b, Target t, SplittableRandom rnd) throws IOException {
        String m = t.member();
        int kind = rnd.nextInt(12);
        switch (b.container()) {
            case "folder" -> {
                switch (kind % 6) {
                    case 0 -> {
                        Variant v = new Variant("a folder in place of " + m, Oracle.SAME_OR_REFUSED, without(b, m));
                        v.fs = p -> Files.createDirectories(p.resolve(m));
                        return v;
                    }
                    case 1 -> {
                        Variant v = new Variant("a named pipe in place of " + m, Oracle.SAME_OR_REFUSED, without(b, m));
                        v.fs = p -> mkfifo(p.resolve(m));
                        return v;
                    }
                    case 2 -> {
                        return new Variant(m + " missing", Oracle.SAME_OR_REFUSED, without(b, m));
                    }
                    case 3 -> {
                        Variant v = new Variant(m + " a symbolic link to nothing", Oracle.SAME_OR_REFUSED, without(b, m));
                        v.fs = p -> Files.createSymbolicLink(p.resolve(m), p.resolve("nowhere"));
                        return v;
                    }
                    case 4 -> {
                        Variant v = new Variant(m + " a link to /dev/zero", Oracle.SAME_OR_REFUSED, without(b, m));
                        v.fs = p -> Files.createSymbolicLink(p.resolve(m), Path.of("/dev/zero"));
                        return v;
                    }
                    default -> {
                        return outDirVariant(b, rnd);
                    }
                }
            }
            case "zip" -> {
                switch (kind % 10) {
                    case 0 -> {
                        return new Variant("zip without member " + m, Oracle.SAME_OR_REFUSED, without(b, m));
                    }
                    case 9 -> {
                        // a stored member with one digit changed after its CRC was written: the zip's own check
                        byte[] content = b.members().get(m);
                        String text = new String(content, StandardCharsets.UTF_8);
                        Matcher dm = Pattern.compile("[1-8]").matcher(text);
                        List<Integer> digits = new ArrayList<>();
                        while (dm.find()) {
                            digits.add(dm.start());
                        }
                        if (digits.isEmpty()) {
                            return null;
                        }
                        int at = digits.get(digits.size() / 2 + rnd.nextInt(Math.max(1, digits.size() / 2)));
                        String before = text.substring(Math.max(0, at - 20), at);
                        Variant v = new Variant("zip member " + m + " stored, one digit changed after its CRC",
                                Oracle.REFUSED, b.members());
                        v.stored = m;
                        v.fs = p -> {
                            byte[] all = Files.readAllBytes(p);
                            int hit = indexOf(all, (before + text.charAt(at)).getBytes(StandardCharsets.UTF_8));
                            if (hit < 0) {
                                throw new IOException("stored member not found in the zip");
                            }
                            all[hit + before.getBytes(StandardCharsets.UTF_8).length] ^= 0x01;
                            Files.write(p, all);
                        };
                        return v;
                    }
                    case 1 -> {
                        Variant v = new Variant("zip with flipped bytes", Oracle.SAME_OR_REFUSED, b.members());
                        long seed = rnd.nextLong();
                        v.fs = p -> flipBytes(p, new SplittableRandom(seed));
                        return v;
                    }
                    case 2 -> {
                        Variant v = new Variant("zip truncated", Oracle.SAME_OR_REFUSED, b.members());
                        double frac = rnd.nextDouble();
                        v.fs = p -> {
                            byte[] all = Files.readAllBytes(p);
                            Files.write(p, Arrays.copyOf(all, (int) (all.length * frac)));
                        };
                        return v;
                    }
                    case 3 -> {
                        boolean lines = rnd.nextBoolean();
                        return new Variant("zip bomb: " + m + " inflates to 64 MB of " + (lines ? "line breaks" : "digits"),
                                Oracle.SAME_OR_REFUSED, with(b, m, bomb(lines)));
                    }
                    case 4 -> {
                        Variant v = new Variant("zip declaring 4 GB for " + m, Oracle.SAME_OR_REFUSED, b.members());
                        v.fs = p -> declareSize(p, m, 0xFFFF_FFF0L);
                        return v;
                    }
                    case 5 -> {
                        Variant v = new Variant("zip declaring 3 bytes for " + m, Oracle.SAME_OR_REFUSED, b.members());
                        v.fs = p -> declareSize(p, m, 3);
                        return v;
                    }
                    case 6 -> {
                        Variant v = new Variant("a zip inside the zip", Oracle.SAME_OR_REFUSED, b.members());
                        v.fs = p -> {
                            byte[] inner = Files.readAllBytes(p);
                            try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
                                z.putNextEntry(new ZipEntry(b.fileName()));
                                z.write(inner);
                                z.closeEntry();
                            }
                        };
                        return v;
                    }
                    case 7 -> {
                        return new Variant("a zip without members", Oracle.SAME_OR_REFUSED, new LinkedHashMap<>());
                    }
                    default -> {
                        return outDirVariant(b, rnd);
                    }
                }
            }
            default -> {
                switch (kind % 4) {
                    case 0 -> {
                        Variant v = new Variant("a folder in place of the file", Oracle.SAME_OR_REFUSED, b.members());
                        v.fs = p -> {
                            Files.delete(p);
                            Files.createDirectories(p.resolve("inside"));
                        };
                        return v;
                    }
                    case 1 -> {
                        Variant v = new Variant("a named pipe in place of the file", Oracle.SAME_OR_REFUSED, b.members());
                        v.fs = p -> {
                            Files.delete(p);
                            mkfifo(p);
                        };
                        return v;
                    }
                    case 2 -> {
                        Variant v = new Variant("the file gzipped", Oracle.SAME_OR_REFUSED, b.members());
                        v.fs = p -> {
                            byte[] all = Files.readAllBytes(p);
                            try (OutputStream o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(p))) {
                                o.write(all);
                            }
                        };
                        return v;
                    }
                    default -> {
                        return outDirVariant(b, rnd);
                    }
                }
            }
        }
    }

    /** The output folder of convert is an existing file, or a folder already holding other files. */
    private static Variant outDirVariant(Base b, SplittableRandom rnd) {
        boolean file = rnd.nextBoolean();
        Variant v = new Variant(file ? "convert into an existing file" : "convert into a folder holding other files",
                file ? Oracle.SAME_OR_REFUSED : Oracle.REPAIR, b.members());
        v.outDir = file ? "out-is-a-file" : "out-has-files";
        return v;
    }

    private static Map<String, byte[]> without(Base b, String member) {
        Map<String, byte[]> m = new LinkedHashMap<>(b.members());
        m.remove(member);
        return m;
    }

    private static byte[] bomb(boolean lines) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, lines ? (byte) '\n' : (byte) '7');
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        // stored uncompressed in memory as a marker: write() deflates members anyway; 64 MB of one byte is ~64 KB
        for (int k = 0; k < 64; k++) {
            raw.write(chunk);
        }
        return raw.toByteArray();
    }

    private static void mkfifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
        if (mk.waitFor() != 0) {
            throw new IOException("mkfifo failed");
        }
    }

    private static void flipBytes(Path zip, SplittableRandom rnd) throws IOException {
        byte[] all = Files.readAllBytes(zip);
        for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
            int at = rnd.nextInt(all.length);
            all[at] ^= (byte) (1 + rnd.nextInt(255));
        }
        Files.write(zip, all);
    }

    /** Rewrites the uncompressed size of {@code member} in its local and central headers. */
    private static void declareSize(Path zip, String member, long size) throws IOException {
        byte[] all = Files.readAllBytes(zip);
        byte[] name = member.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < all.length; i++) {
            int sig = le32(all, i);
            if (sig == 0x04034b50 && le16(all, i + 26) == name.length && matches(all, i + 30, name)) {
                put32(all, i + 22, size);
            } else if (sig == 0x02014b50 && le16(all, i + 28) == name.length && matches(all, i + 46, name)) {
                put32(all, i + 24, size);
            }
        }
        Files.write(zip, all);
    }

    private static int indexOf(byte[] a, byte[] b) {
        for (int i = 0; i + b.length <= a.length; i++) {
            if (matches(a, i, b)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(byte[] a, int at, byte[] b) {
        return at + b.length <= a.length && Arrays.equals(a, at, at + b.length, b, 0, b.length);
    }

    private static int le16(byte[] a, int i) {
        return (a[i] & 0xff) | (a[i + 1] & 0xff) << 8;
    }

    private static int le32(byte[] a, int i) {
        return le16(a, i) | le16(a, i + 2) << 16;
    }

    private static void put32(byte[] a, int i, long v) {
        for (int k = 0; k < 4; k++) {
            a[i + k] = (byte) (v >>> (8 * k));
        }
    }

    // ---------------------------------------------------------------- text helpers

    /** Spans of number fields in data lines (after the header lines and label columns). */
    private static List<int[]> numberSpans(String s, Target t, Integer year) {
        List<int[]> out = new ArrayList<>();
        forFields(s, t, (line, field, start, end) -> {
            if (line < t.headLines()) {
                return;
            }
            if (t.lastOnly() && year != null && t.labelCols() == 7) {
                int lineStart = s.lastIndexOf('\n', start) + 1;
                if (!s.startsWith(year + ",", lineStart)) {
                    return; // long-run WIOD: lines of other years are not read
                }
            }
            if (t.lastOnly() ? field != t.labelCols() : field < t.labelCols()) {
                return;
            }
            String f = s.substring(start, end);
            String u = f.startsWith("\"") && f.endsWith("\"") && f.length() >= 2 ? f.substring(1, f.length() - 1) : f;
            if (!u.isBlank() && NumberSyntax.isNumber(u) && u.strip().equals(u)) {
                out.add(new int[] {start, end});
            }
        });
        return out;
    }

    /** Spans of label fields: header cells after the label columns, and the first field of data lines. */
    private static List<int[]> labelSpans(String s, Target t) {
        List<int[]> out = new ArrayList<>();
        forFields(s, t, (line, field, start, end) -> {
            String f = s.substring(start, end);
            boolean isLabel = t.type().equals("labels") || line < t.headLines() && field >= Math.min(t.labelCols(), 1)
                    || line >= t.headLines() && field < Math.min(t.labelCols(), t.lastOnly() ? t.labelCols() : 1);
            if (isLabel && !f.isBlank() && !NumberSyntax.isNumber(f.replace("\"", ""))) {
                out.add(new int[] {start, end});
            }
        });
        return out;
    }

    @FunctionalInterface
    interface FieldVisitor {
        void field(int line, int field, int start, int end);
    }

    /** Visits every field (quotes kept in the span; the line end excluded). */
    private static void forFields(String s, Target t, FieldVisitor v) {
        int line = 0;
        int field = 0;
        int start = 0;
        boolean q = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '\n';
            if (q) {
                if (c == '"') {
                    q = false;
                }
                continue;
            }
            if (c == '"') {
                q = true;
            } else if (c == t.delim() || c == '\n') {
                int end = i > start && s.charAt(i - 1) == '\r' && c == '\n' ? i - 1 : i;
                if (end > start || c == t.delim()) {
                    v.field(line, field, start, end);
                }
                start = i + 1;
                field++;
                if (c == '\n') {
                    line++;
                    field = 0;
                }
            }
        }
    }

    @FunctionalInterface
    interface SpanEdit {
        String edit(String span);
    }

    private static String replaceSpans(String s, List<int[]> spans, SpanEdit edit) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(a -> a[0]));
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int[] sp : sorted) {
            b.append(s, at, sp[0]).append(edit.edit(s.substring(sp[0], sp[1])));
            at = sp[1];
        }
        return b.append(s.substring(at)).toString();
    }

    private static List<int[]> sample(List<int[]> all, SplittableRandom rnd, int k) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int[] p = all.get(rnd.nextInt(all.size()));
            if (out.stream().noneMatch(q -> q[0] == p[0])) {
                out.add(p);
            }
        }
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            o.writeBytes(p);
        }
        return o.toByteArray();
    }

    private static String printable(String s) {
        return NumberSyntax.printable(s);
    }

    // ---------------------------------------------------------------- writing and running

    /** Writes the variant's source under {@code dir}; returns its path. */
    private static Path write(Base b, Variant v, Path dir) throws Exception {
        Files.createDirectories(dir);
        Path p = dir.resolve(b.fileName());
        switch (b.container()) {
            case "file" -> Files.write(p, v.members.get(""));
            case "folder" -> {
                Files.createDirectories(p);
                for (Map.Entry<String, byte[]> e : v.members.entrySet()) {
                    Path f = p.resolve(e.getKey());
                    Files.createDirectories(f.getParent());
                    Files.write(f, e.getValue());
                }
            }
            default -> {
                try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
                    for (Map.Entry<String, byte[]> e : v.members.entrySet()) {
                        ZipEntry ze = new ZipEntry(e.getKey());
                        if (e.getKey().equals(v.stored)) {
                            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                            crc.update(e.getValue());
                            ze.setMethod(ZipEntry.STORED);
                            ze.setSize(e.getValue().length);
                            ze.setCrc(crc.getValue());
                        }
                        z.putNextEntry(ze);
                        if (e.getValue() != null) {
                            z.write(e.getValue());
                        }
                        z.closeEntry();
                    }
                }
            }
        }
        if (v.fs != null) {
            v.fs.apply(p);
        }
        return p;
    }

    private Outcome run(Base b, Path src, Mode mode, Path dir, Variant v) throws Exception {
        Path out = dir.resolve(v != null && v.outDir != null ? v.outDir : "converted");
        if (v != null && "out-is-a-file".equals(v.outDir)) {
            Files.writeString(out, "not a folder");
        } else if (v != null && "out-has-files".equals(v.outDir)) {
            Files.createDirectories(out);
            Files.writeString(out.resolve("notes.txt"), "mine");
            Files.writeString(out.resolve("Z.csv"), "old");
        }
        List<String> args = new ArrayList<>();
        ReadOptions o = b.options();
        switch (mode) {
            case CONVERT -> args.addAll(List.of("convert", src.toString(), out.toString()));
            case INFO -> args.addAll(List.of("info", src.toString()));
            case CHECK -> args.addAll(List.of("info", "--check", src.toString()));
            default -> {
            }
        }
        if (mode != Mode.LOAD) {
            if (o.year() != null) {
                args.addAll(List.of("--year", o.year().toString()));
            }
            if (o.splitRegions()) {
                args.add("--split-regions");
            }
        }
        Future<Outcome> f = runner.submit(() -> {
            if (mode == Mode.LOAD) {
                try {
                    IoTable t = Gvc.load(src, o).getData();
                    return new Outcome(0, "", "", Map.of(), t, null);
                } catch (GvcException e) {
                    return new Outcome(1, "", "gvc: " + e.getMessage(), Map.of(), null, null);
                } catch (Throwable e) {
                    return new Outcome(1, "", "", Map.of(), null, e);
                }
            }
            StringWriter so = new StringWriter();
            StringWriter se = new StringWriter();
            int code;
            try {
                code = Main.execute(args.toArray(new String[0]), new PrintWriter(so), new PrintWriter(se));
            } catch (Throwable e) {
                return new Outcome(1, so.toString(), se.toString(), Map.of(), null, e);
            }
            Map<String, byte[]> files = new TreeMap<>();
            if (mode == Mode.CONVERT && code == 0 && Files.isDirectory(out)) {
                try (Stream<Path> s = Files.list(out)) {
                    for (Path p : s.toList()) {
                        files.put(p.getFileName().toString(), Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
                    }
                }
            }
            return new Outcome(code, so.toString().replace(src.toString(), "SRC"), se.toString(), files, null, null);
        });
        try {
            return f.get(VARIANT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            unblockPipes(dir);
            runner.shutdownNow();
            runner = newRunner();
            return new Outcome(124, "", "", Map.of(), null, new AssertionError("no result after " + VARIANT_SECONDS
                    + " s"));
        }
    }

    /** Opens every named pipe under {@code dir} for writing and closes it, so a reader blocked on one ends. */
    private static void unblockPipes(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                if (!Files.isRegularFile(p) && !Files.isDirectory(p) && !Files.isSymbolicLink(p)) {
                    new Thread(() -> {
                        try (OutputStream o = Files.newOutputStream(p)) {
                            o.flush();
                        } catch (IOException e) {
                            // nothing to unblock
                        }
                    }).start();
                }
            }
        }
    }

    // ---------------------------------------------------------------- judging

    private static boolean sameAs(Mode mode, Outcome o, Outcome clean) {
        return switch (mode) {
            case CONVERT -> sameCells(cells(o.files()), cells(clean.files()));
            case INFO, CHECK -> o.out().equals(clean.out());
            case LOAD -> o.table() != null && sameTable(o.table(), clean.table());
        };
    }

    /**
     * The written table as cells: file, row label and column label to the number as written. Rows and columns follow
     * the source's order, so a change of order alone (swapped lines of a long file) is the same table.
     */
    private static Map<String, String> cells(Map<String, byte[]> files) {
        Map<String, String> out = new TreeMap<>();
        for (String f : List.of("Z.csv", "Yfull.csv", "VA_X.csv", "VA_rows.csv")) {
            byte[] content = files.get(f);
            if (content == null) {
                out.put(f, "missing");
                continue;
            }
            List<List<String>> rows = csvRows(new String(content, StandardCharsets.UTF_8));
            List<String> head = rows.get(0);
            for (List<String> r : rows.subList(1, rows.size())) {
                for (int c = 1; c < r.size(); c++) {
                    out.put(f + "|" + r.get(0) + "|" + (c < head.size() ? head.get(c) : "?" + c), r.get(c));
                }
            }
        }
        return out;
    }

    /**
     * The same cells, numbers equal to 1e-13 relative: a source with two ways to the same number (EXIOBASE: Z.txt, or
     * A.txt times x.txt) gives it to rounding.
     */
    private static boolean sameCells(Map<String, String> a, Map<String, String> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, String> e : a.entrySet()) {
            String other = b.get(e.getKey());
            if (!e.getValue().equals(other) && !close(e.getValue(), other)) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(String a, String b) {
        try {
            double x = Double.parseDouble(a);
            double y = Double.parseDouble(b);
            return Math.abs(x - y) <= 1e-13 * Math.max(Math.abs(x), Math.abs(y));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<List<String>> csvRows(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            List<String> row = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean q = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (q) {
                    if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else if (ch == '"') {
                        q = false;
                    } else {
                        cur.append(ch);
                    }
                } else if (ch == '"') {
                    q = true;
                } else if (ch == ',') {
                    row.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(ch);
                }
            }
            row.add(cur.toString());
            out.add(row);
        }
        return out;
    }

    /** The same table, up to the order of rows and columns. */
    private static boolean sameTable(IoTable a, IoTable b) {
        return sameTableCells(tableCells(a), tableCells(b));
    }

    private static boolean sameTableCells(Map<String, Double> a, Map<String, Double> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, Double> e : a.entrySet()) {
            double x = e.getValue();
            double y = b.get(e.getKey());
            if (!(Double.compare(x, y) == 0 || Math.abs(x - y) <= 1e-13 * Math.max(Math.abs(x), Math.abs(y)))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Double> tableCells(IoTable t) {
        Map<String, Double> out = new java.util.HashMap<>();
        org.gvc4j.model.Labels l = t.labels();
        int n = l.size();
        double[] va = t.valueAdded();
        double[] x = t.output();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out.put("Z|" + l.industry(i) + "|" + l.industry(j), t.z().data[i + j * n]);
            }
            for (int r = 0; r < l.countryCount(); r++) {
                out.put("Y|" + l.industry(i) + "|" + l.country(r), t.y().data[i + r * n]);
            }
            out.put("X|" + l.industry(i), x[i]);
            out.put("VA|" + l.industry(i), va == null ? Double.NaN : va[i]);
        }
        return out;
    }

    /** Why the outcome is wrong, or {@code null}. */
    private String judge(Base b, Variant v, Mode mode, Outcome o, Outcome clean, Path dir) throws IOException {
        if (o.code() == 124) {
            return "HANG: " + o.unexpected().getMessage();
        }
        if (o.unexpected() != null) {
            StringWriter w = new StringWriter();
            o.unexpected().printStackTrace(new PrintWriter(w));
            return "unexpected " + w.toString().lines().limit(6).reduce((x, y) -> x + " | " + y).orElse("");
        }
        String leftover = leftovers(dir);
        if (leftover != null) {
            return "partial output left behind: " + leftover;
        }
        if (o.code() != 0) {
            String err = o.err().strip();
            if (v.oracle == Oracle.REPAIR) {
                return "refused a documented repair: " + err;
            }
            if (err.isEmpty()) {
                return "exit " + o.code() + " without a message";
            }
            if (err.contains("\n")) {
                return "a message of several lines: " + err;
            }
            if (!err.startsWith("gvc: ")) {
                return "message does not start with 'gvc: ': " + err;
            }
            if (CLASS_NAME.matcher(err).find()) {
                return "a Java class name in the message: " + err;
            }
            if (err.length() > 700) {
                return "a message of " + err.length() + " characters: " + err.substring(0, 200) + "…";
            }
            if (v.outDir != null && v.outDir.equals("out-is-a-file")) {
                return err.contains("out-is-a-file") ? null : "the message does not name the output: " + err;
            }
            if (!err.contains(b.fileName())) {
                return "the message does not name " + b.fileName() + ": " + err;
            }
            String rest = err.substring(5).replace(dir.resolve(b.fileName()).toString(), "");
            boolean namesMember = !b.container().equals("file") && MEMBER.matcher(rest).find();
            if (v.fs == null && !namesMember && !LOCATOR.matcher(rest).find()) {
                return "the message names no line, cell or label: " + err;
            }
            if (mode == Mode.CONVERT && Files.exists(dir.resolve("converted"))) {
                return "refused, but the output folder exists";
            }
            if (mode == Mode.CONVERT && "out-has-files".equals(v.outDir)
                    && !Files.readString(dir.resolve("out-has-files/Z.csv")).equals("old")) {
                return "refused, but the output folder was changed";
            }
            return null;
        }
        String text = o.out() + String.join("", o.files().values().stream().map(x -> new String(x,
                StandardCharsets.UTF_8)).toList());
        if (text.contains("NaN") || text.contains("Infinity")) {
            return "NaN or Infinity in the result";
        }
        if (mode == Mode.CONVERT) {
            Path out = dir.resolve(v.outDir != null ? v.outDir : "converted");
            List<String> want = new ArrayList<>(TableFolder.FILES);
            if ("out-has-files".equals(v.outDir)) {
                want.add("notes.txt");
            }
            if (!o.files().keySet().equals(new java.util.TreeSet<>(want))) {
                return "the output folder holds " + o.files().keySet() + " (" + out + ")";
            }
        }
        boolean same = sameAs(mode, o, clean);
        switch (v.oracle) {
            case REFUSED -> {
                return "accepted (" + (same ? "same result as the clean source" : "a different result") + ")";
            }
            case REPAIR, SAME_OR_REFUSED -> {
                return same ? null : "accepted with a result that differs from the clean source" + firstDifference(mode,
                        o, clean);
            }
            default -> {
                if (same || b.derived() || mode == Mode.INFO || mode == Mode.CHECK) {
                    return null;
                }
                double d = Double.parseDouble(v.value);
                if (mode == Mode.CONVERT) {
                    String printed = Double.toString(d);
                    return text.contains(printed) ? null : "accepted, the result differs but does not hold " + printed
                            + firstDifference(mode, o, clean);
                }
                IoTable t = o.table();
                boolean holds = Arrays.stream(t.z().data).anyMatch(x -> x == d) || Arrays.stream(t.y().data)
                        .anyMatch(x -> x == d) || Arrays.stream(t.output()).anyMatch(x -> x == d)
                        || t.valueAdded() != null && Arrays.stream(t.valueAdded()).anyMatch(x -> x == d);
                return holds ? null : "loaded, the table differs but does not hold " + d;
            }
        }
    }

    private static String firstDifference(Mode mode, Outcome o, Outcome clean) {
        if (mode == Mode.CONVERT) {
            for (String f : FormatFixturesTest.FILES) {
                String[] a = new String(clean.files().get(f), StandardCharsets.UTF_8).split("\n");
                byte[] got = o.files().get(f);
                String[] c = got == null ? new String[0] : new String(got, StandardCharsets.UTF_8).split("\n");
                for (int i = 0; i < Math.max(a.length, c.length); i++) {
                    String x = i < a.length ? a[i] : "<none>";
                    String y = i < c.length ? c[i] : "<none>";
                    if (!x.equals(y)) {
                        return ": " + f + " line " + (i + 1) + " was " + cut(x) + " now " + cut(y);
                    }
                }
            }
        }
        if (mode == Mode.INFO || mode == Mode.CHECK) {
            String[] a = clean.out().split("\n");
            String[] c = o.out().split("\n");
            for (int i = 0; i < Math.min(a.length, c.length); i++) {
                if (!a[i].equals(c[i])) {
                    return ": was " + cut(a[i]) + " now " + cut(c[i]);
                }
            }
        }
        return "";
    }

    private static String cut(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    /** A partial file or staging folder anywhere under {@code dir}. */
    private static String leftovers(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.contains(OutputFiles.PART_MARK)).findFirst()
                    .orElse(null);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ---------------------------------------------------------------- binary WIOD 2016 files (RData, dta)

    /**
     * The WIOD 2016 R and Stata files are binary, so the text mutations above do not fit them: each is cut at many
     * offsets, has its header bytes changed one at a time, and declares huge lengths (vector and string lengths, the
     * Stata row and variable counts). Every variant must be refused with one line naming the file and the offset, row,
     * column or variable, or (a changed byte the reader does not use) give exactly the clean table; nothing may hang or
     * reserve the declared gigabytes.
     */
    @Test
    void binaryWiod2016VariantsEndInALocatedRefusalOrTheCleanTable() throws Exception {
        Path formats = Path.of(System.getProperty("gvc4j.shared", "../shared")).resolve("reference").resolve("formats");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(formats.resolve("wiod2016")), "no fixtures");
        long t0 = System.nanoTime();
        int tried = 0;
        List<String> bad = new ArrayList<>();
        for (String name : new String[] {"WIOT2014_October16_ROW.RData", "WIOT2014_October16_ROW.dta"}) {
            byte[] clean = Files.readAllBytes(formats.resolve("wiod2016").resolve(name));
            IoTable ref = Formats.read(formats.resolve("wiod2016").resolve(name), ReadOptions.DEFAULT).toIoTable();
            Map<String, byte[]> variants = name.endsWith(".dta") ? dtaVariants(clean) : rdataVariants(clean);
            for (Map.Entry<String, byte[]> v : variants.entrySet()) {
                Path dir = tmp.resolve(String.format(Locale.ROOT, "bin%05d", tried++));
                Files.createDirectories(dir);
                Path file = dir.resolve(name);
                Files.write(file, v.getValue());
                Future<IoTable> f = runner.submit(() -> Formats.read(file, ReadOptions.DEFAULT).toIoTable());
                String problem = null;
                try {
                    IoTable t = f.get(VARIANT_SECONDS, TimeUnit.SECONDS);
                    if (v.getKey().startsWith("refuse:") || !sameTable(t, ref)) {
                        problem = "accepted" + (sameTable(t, ref) ? " (same table)" : " with a different table");
                    }
                } catch (TimeoutException e) {
                    f.cancel(true);
                    runner.shutdownNow();
                    runner = newRunner();
                    problem = "HANG";
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable c = e.getCause();
                    String m = String.valueOf(c.getMessage());
                    if (!(c instanceof GvcException)) {
                        problem = "unexpected " + c;
                    } else if (!m.contains(name) || m.contains("\n") || CLASS_NAME.matcher(m).find()
                            || !Pattern.compile("offset \\d|row \\d|column|variable|observation|\"").matcher(m).find()) {
                        problem = "an unlocated or unclean message: " + m;
                    }
                }
                if (problem != null) {
                    bad.add(name + " [" + v.getKey() + "]: " + problem);
                }
                deleteTree(dir);
            }
        }
        System.out.printf(Locale.ROOT, "hostile input (binary WIOD 2016): %d variants in %.1f s, %d failures%n", tried,
                (System.nanoTime() - t0) / 1e9, bad.size());
        bad.stream().limit(40).forEach(b -> System.out.println("  FAIL " + b));
        assertEquals(List.of(), bad.subList(0, Math.min(25, bad.size())), bad.size() + " binary variants failed");
    }

    /** Names starting with {@code refuse:} must be refused; the others may also give the clean table. */
    private static Map<String, byte[]> dtaVariants(byte[] clean) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        int data = indexOf(clean, "<data>".getBytes(StandardCharsets.US_ASCII));
        for (int cut : cuts(clean.length)) {
            out.put("refuse: cut at " + cut, Arrays.copyOf(clean, cut));
        }
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int at = 0; at < data + 6; at += 1 + rnd.nextInt(Math.max(1, data / 150))) {
            byte[] b = clean.clone();
            b[at] ^= (byte) (1 + rnd.nextInt(255));
            out.put("byte " + at + " of the header changed", b);
        }
        int k = indexOf(clean, "<K>".getBytes(StandardCharsets.US_ASCII)) + 3;
        int n = indexOf(clean, "<N>".getBytes(StandardCharsets.US_ASCII)) + 3;
        for (long huge : new long[] {0xFFFFL, 0x7FFFL}) {
            byte[] b = clean.clone();
            b[k] = (byte) huge;
            b[k + 1] = (byte) (huge >> 8);
            out.put("refuse: K = " + huge, b);
        }
        for (long huge : new long[] {1L << 40, 1L << 31, 100_000_000L, -1L, 29L}) {
            byte[] b = clean.clone();
            for (int i = 0; i < 8; i++) {
                b[n + i] = (byte) (huge >> (8 * i));
            }
            out.put("refuse: N = " + huge, b);
        }
        int types = indexOf(clean, "<variable_types>".getBytes(StandardCharsets.US_ASCII)) + 16;
        for (int code : new int[] {32768, 999, 0, 65531}) {
            byte[] b = clean.clone();
            b[types + 2] = (byte) code;
            b[types + 3] = (byte) (code >> 8);
            out.put("refuse: type code " + code, b);
        }
        byte[] b = clean.clone();
        b[indexOf(clean, "<release>".getBytes(StandardCharsets.US_ASCII)) + 11] = '7';
        out.put("refuse: release 117", b);
        return out;
    }

    private static Map<String, byte[]> rdataVariants(byte[] clean) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        byte[] raw;
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(clean))) {
            raw = in.readAllBytes();
        }
        for (int cut : cuts(clean.length)) {
            out.put("refuse: gzip cut at " + cut, Arrays.copyOf(clean, cut));
        }
        for (int cut : cuts(raw.length)) {
            out.put("refuse: content cut at " + cut, gzip(Arrays.copyOf(raw, cut)));
        }
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int i = 0; i < 40; i++) {
            byte[] b = clean.clone();
            int at = 10 + rnd.nextInt(clean.length - 10);
            b[at] ^= (byte) (1 + rnd.nextInt(255));
            out.put("refuse: compressed byte " + at + " changed", b);
        }
        // huge declared lengths: the first list (the data.frame), the first double vector, strings
        int[][] patches = {{0, 0, 3, 19}, {0, 0, 0, 14}, {0, 0, 0, 16}, {0, 4, 0, 9}};
        for (int[] pat : patches) {
            byte[] p = new byte[4];
            for (int i = 0; i < 4; i++) {
                p[i] = (byte) pat[i];
            }
            int at = indexOf(raw, p);
            for (long huge : new long[] {0x7FFFFFFFL, 0x10000000L, -5L}) {
                byte[] b = raw.clone();
                put32be(b, at + 4, huge);
                out.put("refuse: length " + huge + " at " + (at + 4) + " (type " + pat[3] + ")", gzip(b));
            }
        }
        for (int type : new int[] {4, 3, 238, 99, 255}) {
            byte[] b = raw.clone();
            int at = indexOf(raw, new byte[] {0, 0, 0, 14});
            b[at + 3] = (byte) type;
            out.put("refuse: type " + type + " at " + at, gzip(b));
        }
        byte[] b = raw.clone();
        b[3] = '9';
        out.put("refuse: RDX9", gzip(b));
        out.put("refuse: bytes after the objects", gzip(concat(raw, new byte[] {0, 0, 0, 1})));
        return out;
    }

    private static List<Integer> cuts(int len) {
        List<Integer> out = new ArrayList<>();
        for (int c : new int[] {0, 1, 2, 5, 7, 11, 20, 30, 60}) {
            out.add(c);
        }
        for (int c = 100; c < len - 1; c += Math.max(1, len / 60)) {
            out.add(c);
        }
        out.add(len - 1);
        return out;
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (OutputStream g = new java.util.zip.GZIPOutputStream(o)) {
            g.write(raw);
        }
        return o.toByteArray();
    }

    private static void put32be(byte[] a, int i, long v) {
        a[i] = (byte) (v >> 24);
        a[i + 1] = (byte) (v >> 16);
        a[i + 2] = (byte) (v >> 8);
        a[i + 3] = (byte) v;
    }
}
