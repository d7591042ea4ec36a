package org.gvc4j.deals.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gvc4j.api.FileAccess;
import org.gvc4j.error.GvcException;
import org.jspecify.annotations.Nullable;

/**
 * An agreement text read for coding: its sentences with where they are, and its language. Read from plain text
 * ({@code .txt}; UTF-8, or Windows-1252 when not valid UTF-8, said in the notes), from the ToTA XML format
 * ({@code .xml}: chapters and articles with their identifiers, and the treaty's metadata) or from PDF ({@code .pdf}:
 * the text layer, page by page; a scanned PDF without one is reported, not guessed). Other extensions are read by
 * content ({@code %PDF}, {@code <treaty>}, else plain text).
 *
 * <pre>{@code
 * AgreementText t = AgreementText.read(Path.of("texts/pta_62.xml"));
 * t.getLanguage();            // en
 * t.getSentences().get(0);    // Sentence[text=..., location=chapter 1 ..., ...]
 * }</pre>
 *
 * The document's name is its file name without the extension ({@code pta_62}). Immutable.
 */
public final class AgreementText {
    /** How the text was stored. */
    public enum Format { TEXT, TOTA, PDF }

    /** File extensions read when a folder is given. */
    public static final List<String> EXTENSIONS = List.of("txt", "xml", "pdf");

    private final String name;
    private final String source;
    private final Format format;
    private final String text;
    private final List<Sentence> sentences;
    private final Language language;
    private final Map<String, String> metadata;
    private final List<String> notes;

    AgreementText(String name, String source, Format format, List<Block> blocks, Map<String, String> metadata,
                  List<String> notes) {
        this.name = name;
        this.source = source;
        this.format = format;
        this.metadata = Map.copyOf(metadata);
        List<String> ns = new ArrayList<>(notes);
        StringBuilder all = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (Block b : blocks) {
            if (all.length() > 0) {
                all.append("\n\n");
            }
            all.append(b.text());
            b.sentences(out);
        }
        this.text = all.toString();
        this.sentences = List.copyOf(out);
        this.language = LanguageDetector.detect(text);
        String declared = metadata.get("language");
        if (declared != null && !declared.isBlank() && !declared.equalsIgnoreCase(language.code())) {
            ns.add("the file declares language " + declared + ", the text reads as " + language.code());
        }
        this.notes = List.copyOf(ns);
    }

    /** Reads one file; the format comes from the extension, else from the content. */
    public static AgreementText read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new GvcException(Files.isDirectory(file) ? file + " is a folder: use AgreementText.readAll(folder)"
                    : "agreement text not found: " + file);
        }
        String name = baseName(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String ext = extension(file);
        boolean pdf = ext.equals("pdf") || startsWith(bytes, "%PDF");
        if (pdf) {
            if (!pdfBoxPresent()) {
                throw new GvcException(file + ": reading PDF texts needs Apache PDFBox on the class path"
                        + " (org.apache.pdfbox:pdfbox:3.0.8; the gvc command ships it)");
            }
            return PdfText.read(name, file.toString(), bytes);
        }
        List<String> notes = new ArrayList<>();
        String s = decode(bytes, notes);
        if (ext.equals("xml") || s.stripLeading().startsWith("<?xml") || s.stripLeading().startsWith("<treaty")) {
            return TotaXml.read(name, file.toString(), s, notes);
        }
        return plain(name, file.toString(), s, notes);
    }

    /** Reads one file named by a path string (not available in sandboxed recipes: use the confined helper). */
    @FileAccess
    public static AgreementText read(String file) {
        return read(Path.of(file));
    }

    /**
     * Reads files and folders (a folder gives its {@code .txt}, {@code .xml} and {@code .pdf} files, sorted by name,
     * not its subfolders). Document names must be unique: two files named {@code a.txt} and {@code a.pdf} are an
     * error naming both.
     */
    public static List<AgreementText> readAll(Collection<Path> filesOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path p : filesOrFolders) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    files.addAll(s.filter(f -> Files.isRegularFile(f) && EXTENSIONS.contains(extension(f))).sorted()
                            .toList());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p + ": " + e.getMessage(), e);
                }
            } else {
                files.add(p);
            }
        }
        Map<String, Path> seen = new TreeMap<>();
        for (Path f : files) {
            Path before = seen.put(baseName(f), f);
            if (before != null) {
                throw new GvcException("two files give the document name \"" + baseName(f) + "\": " + before + " and "
                        + f + " (rename one: the name identifies the document in the output)");
            }
        }
        return files.parallelStream().map(AgreementText::read).toList();
    }

    /** Reads a folder (or one file) named by a path string (not available in sandboxed recipes). */
    @FileAccess
    public static List<AgreementText> readAll(String folder) {
        return readAll(List.of(Path.of(folder)));
    }

    /** A plain text given as a string (for tests, or texts from elsewhere). Locations are line numbers. */
    public static AgreementText ofText(String name, String text) {
        return plain(name, "(text)", text, List.of());
    }

    /** A ToTA XML document given as a string. */
    public static AgreementText ofTotaXml(String name, String xml) {
        return TotaXml.read(name, "(xml)", xml, new ArrayList<>());
    }

    static AgreementText plain(String name, String source, String s, List<String> notes) {
        String t = s.startsWith("\uFEFF") ? s.substring(1) : s;
        List<String> ns = new ArrayList<>(notes);
        if (t.isBlank()) {
            ns.add("the text is empty");
        }
        return new AgreementText(name, source, Format.TEXT, List.of(Block.lines(t, 0)), Map.of(), ns);
    }

    /** The document's name: the file name without extension. */
    public String getName() {
        return name;
    }

    /** The file it was read from, or {@code (text)} / {@code (xml)} for strings. */
    public String getSource() {
        return source;
    }

    public Format getFormat() {
        return format;
    }

    /** The detected language of the text (ToTA's declared language is in the metadata and the notes if it differs). */
    public Language getLanguage() {
        return language;
    }

    /** All of the text: the articles (ToTA) or pages (PDF) separated by blank lines. Evidence is a substring of it. */
    public String getText() {
        return text;
    }

    public List<Sentence> getSentences() {
        return sentences;
    }

    /**
     * The ToTA metadata: {@code name}, {@code type}, {@code date_signed}, {@code date_into_force},
     * {@code composition}, {@code language}, {@code parties} (ISO codes separated by {@code ;}); empty otherwise.
     */
    public Map<String, String> getMetadata() {
        return metadata;
    }

    /** What a reader should know: decoding fallbacks, a missing text layer, a declared language that differs. */
    public List<String> getNotes() {
        return notes;
    }

    @Override
    public String toString() {
        return name + " (" + format.name().toLowerCase(Locale.ROOT) + ", " + language.code() + ", " + sentences.size()
                + " sentences)";
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    static String baseName(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static String extension(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static boolean startsWith(byte[] b, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        return b.length >= p.length && Arrays.equals(Arrays.copyOf(b, p.length), p);
    }

    private static String decode(byte[] bytes, List<String> notes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            notes.add("not valid UTF-8: read as Windows-1252");
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** A stretch of text and how to place its sentences: a ToTA article, a PDF page, a plain-text file. */
    record Block(String text, @Nullable Location fixed, int page) {
        static Block lines(String text, int page) {
            return new Block(text, null, page);
        }

        void sentences(List<Sentence> out) {
            List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
            int[] lineStarts = fixed == null ? lineStarts(text) : new int[0];
            String heading = "";
            for (SentenceSplitter.Span s : spans) {
                if (s.heading()) {
                    heading = s.normalized();
                    continue;
                }
                Location loc = fixed != null ? fixed : Location.line(page, lineOf(lineStarts, s.start()), heading);
                out.add(new Sentence(text.substring(s.start(), s.end()), s.normalized(), loc, s.leadIn()));
            }
        }

        private static int[] lineStarts(String t) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= t.length() || t.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
            return starts.stream().mapToInt(Integer::intValue).toArray();
        }

        private static int lineOf(int[] starts, int offset) {
            int i = Arrays.binarySearch(starts, offset);
            return (i >= 0 ? i : -i - 2) + 1;
        }
    }

    /** Keys of {@link #getMetadata()} in the order ToTA gives them. */
    static Map<String, String> newMetadata() {
        return new LinkedHashMap<>();
    }

    private static boolean pdfBoxPresent() {
        try {
            Class.forName("org.apache.pdfbox.Loader", false, AgreementText.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
