package org.gvc4j.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled-recipe cache: hits and misses, entries that were tampered with or belong to another recipe, unsafe
 * folders, and the sandbox's refusals with a warm (and a poisoned) cache.
 */
class CompiledRecipeCacheTest {
    @TempDir
    Path tmp;

    private final StringWriter warnings = new StringWriter();

    private CompiledRecipeCache cache() {
        return CompiledRecipeCache.at(tmp.resolve("cache"), new PrintWriter(warnings, true));
    }

    private String runTrusted(Path recipe, CompiledRecipeCache cache) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
        RecipeRunner.execute(recipe, new RecipeContext("hi.groovy", List.of(), Map.of(), false, List.of(), tmp, ps),
                cache);
        return buf.toString(StandardCharsets.UTF_8);
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.list(tmp.resolve("cache"))) {
            return s.filter(p -> p.toString().endsWith(".bin")).sorted().toList();
        }
    }

    /** Replaces the two bytes "hi" of every class's constant pool by "ho" (same length: still a valid class). */
    private static byte[] hiToHo(byte[] b) {
        byte[] c = b.clone();
        for (int i = 0; i + 3 < c.length; i++) {
            if (c[i] == 0 && c[i + 1] == 2 && c[i + 2] == 'h' && c[i + 3] == 'i') {
                c[i + 3] = 'o';
            }
        }
        return c;
    }

    @Test
    void aTrustedRecipeIsCompiledOnceThenRunFromItsEntry() throws IOException {
        Path recipe = Files.writeString(tmp.resolve("hi.groovy"), "println \"hi\"\n");
        CompiledRecipeCache cache = cache();
        assertTrue(cache.enabled());
        assertEquals("hi\n", runTrusted(recipe, cache));
        List<Path> files = entries();
        assertEquals(1, files.size(), "one entry after the first run");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(0))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp.resolve("cache"))));

        // an entry the owner rewrote consistently (digest recomputed) is used: the run comes from the cache
        byte[] source = Files.readAllBytes(recipe);
        String cls = RecipeRunner.className(Files.readString(recipe), "hi.groovy");
        CompiledRecipeCache.Hit hit = cache.find(CompiledRecipeCache.TRUSTED, cls, source);
        assertNotNull(hit);
        Map<String, byte[]> ho = new LinkedHashMap<>();
        hit.compiled().classes().forEach((k, v) -> ho.put(k, hiToHo(v)));
        byte[] key = CompiledRecipeCache.key(CompiledRecipeCache.TRUSTED, cls, source);
        Files.write(files.get(0), CompiledRecipeCache.encode(new CompiledRecipeCache.Compiled(cls, ho,
                hit.compiled().sourceDigest()), key));
        assertEquals("ho\n", runTrusted(recipe, cache), "the second run loads the cached classes");

        // the same change without the digest: refused, compiled again, and the entry replaced by a good one
        byte[] data = Files.readAllBytes(files.get(0));
        Files.write(files.get(0), CompiledRecipeCache.encode(hit.compiled(), key));
        byte[] good = Files.readAllBytes(files.get(0));
        byte[] tampered = good.clone();
        for (int i = 0; i + 3 < tampered.length; i++) {
            if (tampered[i] == 0 && tampered[i + 1] == 2 && tampered[i + 2] == 'h' && tampered[i + 3] == 'i') {
                tampered[i + 3] = 'o';
            }
        }
        assertFalse(java.util.Arrays.equals(good, tampered));
        Files.write(files.get(0), tampered);
        assertNull(cache.find(CompiledRecipeCache.TRUSTED, cls, source), "a tampered entry is not found");
        assertEquals("hi\n", runTrusted(recipe, cache));
        assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(files.get(0))), "recompiled and stored again");
        assertFalse(java.util.Arrays.equals(data, tampered));

        // truncated: the same
        Files.write(files.get(0), java.util.Arrays.copyOf(good, good.length - 1));
        assertEquals("hi\n", runTrusted(recipe, cache));
        assertEquals(1, entries().size());
    }

    @Test
    void aRecipeEditedByOneByteIsCompiledAgain() throws IOException {
        Path recipe = Files.writeString(tmp.resolve("hi.groovy"), "println \"hi\"\n");
        CompiledRecipeCache cache = cache();
        assertEquals("hi\n", runTrusted(recipe, cache));
        Files.writeString(recipe, "println \"ha\"\n");
        assertEquals("ha\n", runTrusted(recipe, cache));
        assertEquals(2, entries().size(), "one entry per text");
        // the entry of one text is not found under another text, mode or class name
        byte[] hi = "println \"hi\"\n".getBytes(StandardCharsets.UTF_8);
        String cls = RecipeRunner.className("println \"hi\"\n", "hi.groovy");
        assertNotNull(cache.find(CompiledRecipeCache.TRUSTED, cls, hi));
        assertNull(cache.find(CompiledRecipeCache.SANDBOXED, cls, hi));
        assertNull(cache.find(CompiledRecipeCache.TRUSTED, cls + "x", hi));
        // an entry moved to the file of another key is not used
        Path a = cache.file(CompiledRecipeCache.key(CompiledRecipeCache.TRUSTED, cls, hi));
        byte[] ha = "println \"ha\"\n".getBytes(StandardCharsets.UTF_8);
        String clsHa = RecipeRunner.className("println \"ha\"\n", "hi.groovy");
        Path b = cache.file(CompiledRecipeCache.key(CompiledRecipeCache.TRUSTED, clsHa, ha));
        Files.copy(a, b, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertNull(cache.find(CompiledRecipeCache.TRUSTED, clsHa, ha));
        assertEquals("ha\n", runTrusted(recipe, cache));
    }

    @Test
    void anUnsafeCacheFolderIsIgnoredWithOneWarning() throws IOException {
        Path recipe = Files.writeString(tmp.resolve("hi.groovy"), "println \"hi\"\n");
        Path open = Files.createDirectory(tmp.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        StringWriter w = new StringWriter();
        CompiledRecipeCache cache = CompiledRecipeCache.at(open, new PrintWriter(w, true));
        assertFalse(cache.enabled());
        assertEquals(1, w.toString().lines().count(), w.toString());
        assertTrue(w.toString().contains("not using the compiled-recipe cache " + open + ": writable by others"),
                w.toString());
        assertEquals("hi\n", runTrusted(recipe, cache), "runs, compiled");
        try (Stream<Path> s = Files.list(open)) {
            assertEquals(0, s.count(), "nothing stored in an unsafe folder");
        }
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-x---"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), open);
        StringWriter w2 = new StringWriter();
        assertFalse(CompiledRecipeCache.at(link, new PrintWriter(w2, true)).enabled());
        assertTrue(w2.toString().contains("a symbolic link"), w2.toString());
        assertTrue(CompiledRecipeCache.at(open, new PrintWriter(new StringWriter(), true)).enabled());
        // an entry others may write is not read
        CompiledRecipeCache good = CompiledRecipeCache.at(open, new PrintWriter(new StringWriter(), true));
        assertEquals("hi\n", runTrusted(recipe, good));
        byte[] src = Files.readAllBytes(recipe);
        String cls = RecipeRunner.className(Files.readString(recipe), "hi.groovy");
        assertNotNull(good.find(CompiledRecipeCache.TRUSTED, cls, src));
        Path entry = good.file(CompiledRecipeCache.key(CompiledRecipeCache.TRUSTED, cls, src));
        Files.setPosixFilePermissions(entry, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertNull(good.find(CompiledRecipeCache.TRUSTED, cls, src));

        // a folder of another user (root can make one here; others cannot, and skip this part)
        if (Files.getAttribute(Path.of("/proc/self"), "unix:uid").equals(0)) {
            Path theirs = Files.createDirectory(tmp.resolve("theirs"));
            Files.setAttribute(theirs, "unix:uid", 65534);
            StringWriter w3 = new StringWriter();
            assertFalse(CompiledRecipeCache.at(theirs, new PrintWriter(w3, true)).enabled());
            assertTrue(w3.toString().contains("not by this user"), w3.toString());
            assertEquals(1, w3.toString().lines().count(), w3.toString());
        }
    }

    // ---- sandboxed: the launcher's decisions, in-process ----

    private static RecipeContext sandboxCtx(String name, Path out, PrintStream ps) {
        return new RecipeContext(name, List.of(out.toString()), Map.of(), true, List.of(out), out, ps);
    }

    /** What the launcher and the sandbox's JVMs do, in one process: find, or compile-check-store, then run. */
    private static void runSandboxedCached(Path recipe, String name, CompiledRecipeCache cache, Path out)
            throws IOException {
        byte[] src = Files.readAllBytes(recipe);
        String cls = RecipeRunner.className(new String(src, StandardCharsets.UTF_8), name);
        PrintStream ps = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CompiledRecipeCache.Hit hit = cache.find(CompiledRecipeCache.SANDBOXED, cls, src);
        if (hit == null) {
            Path file = out.resolveSibling("compiled-" + name + ".bin");
            RecipeRunner.compileTo(recipe, sandboxCtx(name, out, ps), file);
            cache.store(CompiledRecipeCache.SANDBOXED, cls, src,
                    CompiledRecipeCache.decode(Files.readAllBytes(file), null));
            Files.delete(file);
            hit = cache.find(CompiledRecipeCache.SANDBOXED, cls, src);
            assertNotNull(hit, name + ": stored after it passed the check");
        }
        RecipeRunner.executeCompiled(hit.file(), hit.sha256(), sandboxCtx(name, out, ps));
    }

    private static List<Path> corpus(String which) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/recipes", which))) {
            return s.filter(p -> p.toString().endsWith(".groovy")).sorted().toList();
        }
    }

    @Test
    void theRedTeamsRefusalsHoldWithAWarmAndAPoisonedCache() throws IOException {
        CompiledRecipeCache cache = cache();
        List<Path> refused = new ArrayList<>();
        for (Path p : corpus("redteam")) {
            if (Files.readString(p).lines().findFirst().orElse("").startsWith("// expect: ")) {
                refused.add(p);
            }
        }
        assertTrue(refused.size() >= 20, "refusals in the corpus: " + refused.size());
        Path legit = Files.writeString(tmp.resolve("legit.groovy"), "def x = [1, 2, 3].sum()\nprintln x\n");
        Path out = Files.createDirectories(tmp.resolve("out"));
        runSandboxedCached(legit, "legit.groovy", cache, out);
        CompiledRecipeCache.Hit legitHit = cache.find(CompiledRecipeCache.SANDBOXED,
                RecipeRunner.className(Files.readString(legit), "legit.groovy"), Files.readAllBytes(legit));
        assertNotNull(legitHit);
        byte[] legitEntry = Files.readAllBytes(legitHit.file());
        int forgedRefused = 0;
        for (Path p : refused) {
            String name = p.getFileName().toString();
            String expect = Files.readString(p).lines().findFirst().orElseThrow().substring("// expect: ".length());
            for (int round = 0; round < 2; round++) { // cold, then warm: nothing refused is ever stored
                RecipeException e = assertThrows(RecipeException.class, () -> runSandboxedCached(p, name, cache, out),
                        name);
                assertEquals(RecipeException.REJECTED, e.exitCode(), name + ": " + e.getMessage());
                assertTrue(e.getMessage().contains(expect), name + ": " + e.getMessage());
            }
            byte[] src = Files.readAllBytes(p);
            String cls = RecipeRunner.className(new String(src, StandardCharsets.UTF_8), name);
            assertNull(cache.find(CompiledRecipeCache.SANDBOXED, cls, src), name + ": refused, so not stored");
            // a legit recipe's entry copied to this recipe's key is not used: still refused
            byte[] key = CompiledRecipeCache.key(CompiledRecipeCache.SANDBOXED, cls, src);
            Files.write(cache.file(key), legitEntry);
            RecipeException e = assertThrows(RecipeException.class, () -> runSandboxedCached(p, name, cache, out));
            assertEquals(RecipeException.REJECTED, e.exitCode(), name + ": " + e.getMessage());
            // an entry forged by someone who can write the cache (this recipe compiled without the sandbox's
            // compiler, digest and key right): the sandbox's JVM checks the bytes against the allowlist again
            CompiledRecipeCache.Compiled forged;
            if (new String(src, StandardCharsets.UTF_8).contains("ASTTest")) {
                continue; // the trusted compiler would run its compile-time code in this JVM
            }
            try {
                forged = RecipeRunner.compileTrustedClasses(new String(src, StandardCharsets.UTF_8), name);
            } catch (RecipeException notEvenGroovy) {
                continue;
            }
            Files.write(cache.file(key), CompiledRecipeCache.encode(forged, key));
            CompiledRecipeCache.Hit hit = cache.find(CompiledRecipeCache.SANDBOXED, cls, src);
            assertNotNull(hit, name);
            RecipeException f = assertThrows(RecipeException.class, () -> RecipeRunner.executeCompiled(hit.file(),
                    hit.sha256(), sandboxCtx(name, out, new PrintStream(new ByteArrayOutputStream()))), name);
            assertEquals(RecipeException.REJECTED, f.exitCode(), name + ": " + f.getMessage());
            forgedRefused++;
        }
        assertTrue(forgedRefused >= 20, "forged entries refused: " + forgedRefused);
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(0, s.count(), "nothing written by a refused recipe");
        }
    }

    @Test
    void theSandboxRunsOnlyTheEntryTheLauncherChose() throws IOException {
        CompiledRecipeCache cache = cache();
        Path recipe = Files.writeString(tmp.resolve("hi.groovy"), "println \"hi\"\n");
        Path out = Files.createDirectories(tmp.resolve("out"));
        runSandboxedCached(recipe, "hi.groovy", cache, out);
        byte[] src = Files.readAllBytes(recipe);
        CompiledRecipeCache.Hit hit = cache.find(CompiledRecipeCache.SANDBOXED,
                RecipeRunner.className(Files.readString(recipe), "hi.groovy"), src);
        assertNotNull(hit);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        RecipeRunner.executeCompiled(hit.file(), hit.sha256(), sandboxCtx("hi.groovy", out,
                new PrintStream(buf, true, StandardCharsets.UTF_8)));
        assertEquals("hi\n", buf.toString(StandardCharsets.UTF_8));
        String other = HexFormat.of().formatHex(new byte[32]);
        RecipeException e = assertThrows(RecipeException.class, () -> RecipeRunner.executeCompiled(hit.file(), other,
                sandboxCtx("hi.groovy", out, new PrintStream(new ByteArrayOutputStream()))));
        assertEquals(RecipeException.FAILED, e.exitCode());
        assertTrue(e.getMessage().startsWith("hi.groovy: the compiled recipe changed"), e.getMessage());
    }
}
