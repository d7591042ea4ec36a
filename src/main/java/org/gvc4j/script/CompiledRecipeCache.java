package org.gvc4j.script;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The compiled-recipe cache of {@code gvc run}: a recipe run again unchanged skips the Groovy compiler (most of the
 * start-up of a short recipe). An entry is the recipe's compiled classes under a key that is the SHA-256 of the
 * recipe's bytes, its class name, the mode (trusted or sandboxed) and the build of gvc4j (the jar's path, size and
 * modification time, or the newest file of a classes folder: the bytecode depends on the API it was compiled
 * against, and the build holds the sandbox's allowlist too).
 *
 * <p>It lives in {@code $XDG_CACHE_HOME/gvc4j} (or {@code ~/.cache/gvc4j}), made with mode 0700; entries are written
 * with mode 0600 to a temporary file and moved into place. A folder that is a symbolic link, not the user's, or that
 * others may write is not used (one warning, then the run compiles as without a cache), and so is an entry file that
 * is not a regular file of the user's. Each entry ends with the SHA-256 of its contents and repeats its key: a
 * truncated, edited or misplaced entry is ignored and the recipe compiled again. {@code GVC_RECIPE_CACHE=off}
 * turns the cache off; the system property {@code gvc4j.recipe.cache} (an absolute path) names another folder.
 *
 * <p>Sandboxed entries are never written by the sandbox: the launcher stores the classes that a compile-only
 * sandboxed JVM (no recipe code ran in it) compiled and checked against the allowlist, and the JVM that runs a
 * cached recipe checks the bytes again ({@code RecipeRunner}) after verifying they are the ones the launcher chose
 * (their SHA-256 is on its command line). A cache entry is therefore never more than a recipe the allowlist admits.
 */
public final class CompiledRecipeCache {
    /** The mode of trusted (dynamic Groovy) recipes. */
    static final String TRUSTED = "trusted";
    /** The mode of sandboxed (statically compiled, allowlist-checked) recipes. */
    static final String SANDBOXED = "sandboxed";
    private static final String MAGIC = "gvc4j-compiled-recipe-1";
    private static final int MAX_CLASSES = 10_000;
    private static final long MAX_ENTRY_BYTES = 64L << 20;
    private static final Set<PosixFilePermission> OTHERS_WRITE = Set.of(PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_WRITE);

    /** A recipe's classes, the main (script) class first, and the SHA-256 of the source they were compiled from. */
    public record Compiled(String mainClass, Map<String, byte[]> classes, byte[] sourceDigest) {
    }

    /** An entry found and verified: its file, its bytes' SHA-256 (hex) and its classes. */
    public record Hit(Path file, String sha256, Compiled compiled) {
    }

    private final Path dir;

    private CompiledRecipeCache(Path dir) {
        this.dir = dir;
    }

    /** A cache that stores nothing and finds nothing. */
    public static CompiledRecipeCache off() {
        return new CompiledRecipeCache(null);
    }

    /**
     * The user's cache: {@code $XDG_CACHE_HOME/gvc4j} or {@code ~/.cache/gvc4j}; off with
     * {@code GVC_RECIPE_CACHE=off} or when the folder cannot be used (one line on {@code err} says why).
     */
    public static CompiledRecipeCache forUser(PrintWriter err) {
        if ("off".equals(System.getenv("GVC_RECIPE_CACHE"))) {
            return off();
        }
        String folder = System.getProperty("gvc4j.recipe.cache"); // the start-up archive's training run: its own
        if (folder != null && folder.startsWith("/")) {
            return at(Path.of(folder), err);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && xdg.startsWith("/") ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return at(base.resolve("gvc4j"), err);
    }

    /** The cache in {@code dir} (made with mode 0700 when missing), or off with one warning when it is unsafe. */
    public static CompiledRecipeCache at(Path dir, PrintWriter err) {
        try {
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(dir.getParent());
                try {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } catch (FileAlreadyExistsException e) {
                    // made by a concurrent run: checked below like any other
                }
            }
            String why = unsafe(dir, true);
            if (why != null) {
                SandboxLauncher.say(err, "gvc: not using the compiled-recipe cache " + dir + ": " + why
                        + " (recipes are compiled every time)");
                return off();
            }
            return new CompiledRecipeCache(dir);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            SandboxLauncher.say(err, "gvc: not using the compiled-recipe cache " + dir + ": " + e.getMessage()
                    + " (recipes are compiled every time)");
            return off();
        }
    }

    /** Why a cache folder or entry must not be trusted, or null. */
    private static String unsafe(Path p, boolean folder) throws IOException {
        PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isSymbolicLink()) {
            return "a symbolic link";
        }
        if (folder ? !a.isDirectory() : !a.isRegularFile()) {
            return folder ? "not a folder" : "not a regular file";
        }
        // this process's user: the owner of /proc/self on Linux (user.name can be "?" without a passwd entry)
        Path self = Path.of("/proc/self");
        boolean mine = Files.isDirectory(self)
                ? Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS).equals(Files.getAttribute(self, "unix:uid"))
                : a.owner().getName().equals(System.getProperty("user.name"));
        if (!mine) {
            return "owned by " + a.owner().getName() + ", not by this user";
        }
        if (a.permissions().stream().anyMatch(OTHERS_WRITE::contains)) {
            return "writable by others (mode " + PosixFilePermissions.toString(a.permissions()) + "; make it 0700)";
        }
        return null;
    }

    /** Whether this cache stores and finds entries. */
    public boolean enabled() {
        return dir != null;
    }

    /** The key of a recipe: SHA-256 over the mode, the class name, the build and the source bytes. */
    static byte[] key(String mode, String className, byte[] source) {
        MessageDigest md = sha256();
        for (String part : new String[] {MAGIC, mode, className, buildId()}) {
            md.update(part.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        md.update(source);
        return md.digest();
    }

    /** The entry file of a key. */
    Path file(byte[] key) {
        return dir.resolve(HexFormat.of().formatHex(key) + ".bin");
    }

    /**
     * The verified entry of a recipe, or null (missing, unsafe, damaged, or of another key, class or source: compile
     * again).
     */
    public Hit find(String mode, String className, byte[] source) {
        if (dir == null) {
            return null;
        }
        byte[] key = key(mode, className, source);
        Path f = file(key);
        try {
            if (!Files.exists(f, LinkOption.NOFOLLOW_LINKS) || unsafe(f, false) != null
                    || Files.size(f) > MAX_ENTRY_BYTES) {
                return null;
            }
            byte[] data = Files.readAllBytes(f);
            Compiled c = decode(data, key);
            if (c == null || !c.mainClass().equals(className)
                    || !MessageDigest.isEqual(c.sourceDigest(), sha256().digest(source))) {
                return null;
            }
            return new Hit(f, HexFormat.of().formatHex(sha256().digest(data)), c);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /**
     * Stores a recipe's classes atomically with mode 0600 when they were compiled from {@code source} as
     * {@code className}; a failure only means the next run compiles again.
     */
    public void store(String mode, String className, byte[] source, Compiled c) {
        if (dir == null || !c.mainClass().equals(className)
                || !MessageDigest.isEqual(c.sourceDigest(), sha256().digest(source))) {
            return;
        }
        byte[] key = key(mode, className, source);
        Path tmp = null;
        try {
            byte[] data = encode(c, key);
            tmp = Files.createTempFile(dir, ".entry", ".tmp", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            Files.write(tmp, data, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.SYNC);
            try {
                Files.move(tmp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | UncheckedIOException e) {
            // not cached: compiled again next time
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // left behind as .tmp, never read as an entry
                }
            }
        }
    }

    /** An entry's bytes: magic, key, main class, classes, source digest, then the SHA-256 of all of it. */
    static byte[] encode(Compiled c, byte[] key) {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(buf);
            out.writeUTF(MAGIC);
            out.write(key);
            out.writeUTF(c.mainClass());
            out.writeInt(c.classes().size());
            for (Map.Entry<String, byte[]> e : c.classes().entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                out.write(e.getValue());
            }
            out.write(c.sourceDigest());
            out.flush();
            byte[] body = buf.toByteArray();
            out.write(sha256().digest(body));
            out.flush();
            return buf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The classes of an entry whose digest and key check out ({@code key} null: any key), or null when it is damaged,
     * edited or of another key.
     */
    static Compiled decode(byte[] data, byte[] key) {
        if (data.length < 64 || data.length > MAX_ENTRY_BYTES) {
            return null;
        }
        byte[] body = Arrays.copyOf(data, data.length - 32);
        if (!MessageDigest.isEqual(sha256().digest(body), Arrays.copyOfRange(data, data.length - 32, data.length))) {
            return null;
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
            if (!in.readUTF().equals(MAGIC)) {
                return null;
            }
            byte[] k = in.readNBytes(32);
            if (key != null && !MessageDigest.isEqual(k, key)) {
                return null;
            }
            String main = in.readUTF();
            int n = in.readInt();
            if (n < 1 || n > MAX_CLASSES) {
                return null;
            }
            Map<String, byte[]> classes = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                int len = in.readInt();
                if (len < 0 || len > in.available() || !name.matches("[A-Za-z0-9_$.]+")) {
                    return null;
                }
                classes.put(name, in.readNBytes(len));
            }
            byte[] src = in.readNBytes(32);
            if (src.length != 32 || in.available() != 0 || !classes.containsKey(main)) {
                return null;
            }
            return new Compiled(main, classes, src);
        } catch (IOException e) {
            return null;
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static volatile String buildId;

    /** This build of gvc4j: the jar's real path, size and time, or a classes folder's newest file and its count. */
    static String buildId() {
        String id = buildId;
        if (id == null) {
            id = computeBuildId();
            buildId = id;
        }
        return id;
    }

    private static String computeBuildId() {
        try {
            Path where = Path.of(RecipeRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toRealPath();
            if (Files.isRegularFile(where)) {
                return "jar " + where + " " + Files.size(where) + " " + Files.getLastModifiedTime(where).toMillis();
            }
            try (Stream<Path> s = Files.walk(where)) {
                long[] newest = {0, 0, 0};
                s.filter(Files::isRegularFile).forEach(p -> {
                    try {
                        newest[0] = Math.max(newest[0], Files.getLastModifiedTime(p).toMillis());
                        newest[1]++;
                        newest[2] += Files.size(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                return "classes " + where + " " + newest[0] + " " + newest[1] + " " + newest[2];
            }
        } catch (Exception e) {
            // unknown build: a key no other run shares, so nothing is ever reused
            return "unknown " + System.nanoTime() + " " + ProcessHandle.current().pid();
        }
    }
}
