package org.gvc4j.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.gvc4j.error.TableFormatException;
import org.jspecify.annotations.Nullable;

/**
 * What a reader reads from: one file, a folder, or a zip read in place (no extraction). Members are named by their
 * path relative to the folder or zip root with {@code /}; a plain file is a source with one member, its name.
 * Only regular files are ever opened.
 */
public final class SourceInput implements Closeable {
    /** The most members listed from a folder or zip (a download holds a few dozen). */
    static final int MAX_MEMBERS = 10_000;

    private final Path path;
    private final @Nullable Path folder;
    private final @Nullable ZipFile zip;
    private final List<String> members;

    private SourceInput(Path path, @Nullable Path folder, @Nullable ZipFile zip, List<String> members) {
        this.path = path;
        this.folder = folder;
        this.zip = zip;
        this.members = List.copyOf(members);
    }

    /** Opens a file, folder or zip; refuses pipes, devices and paths that do not exist. */
    public static SourceInput open(Path path) {
        try {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                throw new TableFormatException(path + " does not exist");
            }
            if (!Files.exists(path)) {
                throw new TableFormatException(path + " is a symbolic link to nothing");
            }
            if (Files.isDirectory(path)) {
                List<String> names = new ArrayList<>();
                try (Stream<Path> s = Files.walk(path, 4)) {
                    s.filter(p -> !p.equals(path)).limit(MAX_MEMBERS + 1L)
                            .forEach(p -> names.add(path.relativize(p).toString().replace('\\', '/')));
                }
                if (names.size() > MAX_MEMBERS) {
                    throw new TableFormatException(path + ": more than " + MAX_MEMBERS + " files; give the table's own folder");
                }
                names.sort(null);
                return new SourceInput(path, path, null, names);
            }
            String what = InputFiles.notRegular(path);
            if (what != null) {
                throw new TableFormatException(path + " is " + what + ", not a table file or folder");
            }
            if (isZip(path)) {
                ZipFile z;
                try {
                    z = new ZipFile(path.toFile());
                } catch (ZipException e) {
                    throw new TableFormatException(path + ": not a readable zip file (" + e.getMessage()
                            + "); download it again");
                }
                List<String> names = new ArrayList<>();
                Enumeration<? extends ZipEntry> en = z.entries();
                while (en.hasMoreElements()) {
                    ZipEntry e = en.nextElement();
                    if (!e.isDirectory()) {
                        names.add(e.getName());
                    }
                    if (names.size() > MAX_MEMBERS) {
                        z.close();
                        throw new TableFormatException(path + ": more than " + MAX_MEMBERS + " members; not a table download");
                    }
                }
                return new SourceInput(path, null, z, names);
            }
            return new SourceInput(path, null, null, List.of(path.getFileName().toString()));
        } catch (IOException e) {
            throw new TableFormatException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean isZip(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] b = in.readNBytes(4);
            return b.length == 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5) && (b[3] == 4 || b[3] == 6);
        }
    }

    private static final java.util.regex.Pattern YEAR =
            java.util.regex.Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d)(?!\\d)");

    /** The last year-like number (1950–2099) in the base name of {@code member}, or {@code null}. */
    public static @Nullable Integer yearIn(String member) {
        java.util.regex.Matcher m = YEAR.matcher(member.substring(member.lastIndexOf('/') + 1));
        Integer y = null;
        while (m.find()) {
            y = Integer.parseInt(m.group(1));
        }
        return y;
    }

    /** The path given. */
    public Path path() {
        return path;
    }

    /** The file name of the path given, e.g. {@code 2016-2020.zip}. */
    public String fileName() {
        Path f = path.toAbsolutePath().normalize().getFileName();
        return f == null ? path.toString() : f.toString();
    }

    public boolean isZip() {
        return zip != null;
    }

    public boolean isFolder() {
        return folder != null;
    }

    /** Member names, sorted for folders, in zip order for zips; one name for a plain file. */
    public List<String> members() {
        return members;
    }

    /** The first member whose name (after the last {@code /}) matches {@code regex}, case-insensitively. */
    public @Nullable String find(String regex) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.CASE_INSENSITIVE);
        for (String m : members) {
            String base = m.substring(m.lastIndexOf('/') + 1);
            if (p.matcher(base).matches()) {
                return m;
            }
        }
        return null;
    }

    /** All members whose base name matches {@code regex}, case-insensitively. */
    public List<String> findAll(String regex) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.CASE_INSENSITIVE);
        List<String> out = new ArrayList<>();
        for (String m : members) {
            if (p.matcher(m.substring(m.lastIndexOf('/') + 1)).matches()) {
                out.add(m);
            }
        }
        return out;
    }

    /** A member as named in messages: the path, plus the member inside a zip or folder. */
    public String shown(String member) {
        if (zip != null) {
            return path + "!" + member;
        }
        if (folder != null) {
            return folder.resolve(member).toString();
        }
        return path.toString();
    }

    /** Opens a member (a regular file). */
    public InputFiles.Input open(String member) {
        try {
            if (zip != null) {
                ZipEntry e = zip.getEntry(member);
                if (e == null) {
                    throw new TableFormatException(path + ": no member " + member);
                }
                return new InputFiles.Input(new Checked(zip.getInputStream(e), e, shown(member)), trustedSize(e));
            }
            InputFiles.Input in = folder != null ? InputFiles.openInside(folder, member, shown(member))
                    : InputFiles.openIfExists(path, shown(member));
            if (in == null) {
                throw new TableFormatException(shown(member) + " does not exist");
            }
            return in;
        } catch (ZipException e) {
            throw new TableFormatException(shown(member) + ": damaged zip member (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new TableFormatException(shown(member) + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * The most bytes a zip member can hold: its declared size, but never more than deflate can make of its compressed
     * bytes (1,032 to 1) or than the zip file holds, so that a member declaring gigabytes cannot make a reader reserve
     * them. −1 when unknown.
     */
    private long trustedSize(ZipEntry e) throws IOException {
        long declared = e.getSize();
        long compressed = Math.min(e.getCompressedSize() < 0 ? Long.MAX_VALUE : e.getCompressedSize(), Files.size(path));
        long bound = e.getMethod() == ZipEntry.STORED ? compressed : compressed > Long.MAX_VALUE / 1032 ? Long.MAX_VALUE
                : compressed * 1032 + 1024;
        return declared < 0 ? bound : Math.min(declared, bound);
    }

    /**
     * A zip member's bytes, checked at their end against the CRC and size the zip declares: {@link ZipFile} checks
     * neither, so a flipped bit in a stored or even a deflated member would otherwise be read as another digit.
     */
    private static final class Checked extends java.io.FilterInputStream {
        private final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        private final ZipEntry entry;
        private final String shown;
        private long count;
        private boolean checked;

        Checked(InputStream in, ZipEntry entry, String shown) {
            super(in);
            this.entry = entry;
            this.shown = shown;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                verify();
            } else {
                crc.update(b);
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int k = super.read(b, off, len);
            if (k < 0) {
                verify();
            } else {
                crc.update(b, off, k);
                count += k;
            }
            return k;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[8192];
            long done = 0;
            while (done < n) {
                int k = read(buf, 0, (int) Math.min(buf.length, n - done));
                if (k < 0) {
                    break;
                }
                done += k;
            }
            return done;
        }

        private void verify() {
            if (checked) {
                return;
            }
            checked = true;
            if (entry.getSize() >= 0 && count != entry.getSize()) {
                throw new TableFormatException(String.format(Locale.ROOT, "%s: damaged zip member: %,d bytes where the "
                        + "zip declares %,d; download it again", shown, count, entry.getSize()));
            }
            if (entry.getCrc() >= 0 && crc.getValue() != entry.getCrc()) {
                throw new TableFormatException(shown + ": damaged zip member: its bytes fail the zip's CRC check; "
                        + "download it again");
            }
        }
    }

    /** The most bytes {@code member} holds (as {@link InputFiles.Input#size()}), without reading it; −1 when unknown. */
    public long size(String member) {
        InputFiles.Input in = open(member);
        try {
            in.in().close();
        } catch (IOException e) {
            // only its size was wanted
        }
        return in.size();
    }

    /**
     * Reads what is left of an opened member, so that a zip member's CRC is checked even when the reader found all it
     * needed before the end (a parser stops at the closing tag).
     */
    public static void readToEnd(InputStream in) throws IOException {
        in.transferTo(java.io.OutputStream.nullOutputStream());
    }

    /** The first {@code max} bytes of a member, decoded as UTF-8 (for detection). */
    public String head(String member, int max) {
        try (InputStream in = open(member).in()) {
            byte[] b = in.readNBytes(max);
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** The first line of a member, without a BOM (for detection). */
    public String firstLine(String member) {
        String h = head(member, 4096);
        if (h.startsWith("\uFEFF")) {
            h = h.substring(1);
        }
        int nl = h.indexOf('\n');
        return (nl < 0 ? h : h.substring(0, nl)).replace("\r", "");
    }

    /** Whether the lower-cased base name of {@code member} ends with {@code suffix}. */
    public static boolean endsWith(String member, String suffix) {
        return member.toLowerCase(Locale.ROOT).endsWith(suffix);
    }

    /** A tokenizer over a member. Close the returned input when done. */
    public TextCursor cursor(InputFiles.Input in, String member, char delimiter) {
        return new TextCursor(in.in(), delimiter, shown(member));
    }

    @Override
    public void close() {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException e) {
                // read-only: nothing lost
            }
        }
    }
}
