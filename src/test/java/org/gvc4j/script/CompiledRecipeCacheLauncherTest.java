package org.gvc4j.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gvc run --sandbox} with the compiled-recipe cache, through the launcher and real sandboxed JVMs: a miss
 * compiles in a sandboxed JVM that runs nothing and stores; a hit runs the stored classes; a refused recipe is never
 * stored, and an entry planted or forged in the cache does not make a refused recipe run. Skips where bubblewrap
 * cannot run (a failure in CI).
 */
class CompiledRecipeCacheLauncherTest {
    @TempDir
    Path tmp;

    private record Result(int code, String out, String err) {
    }

    private Result launch(Path recipe, CompiledRecipeCache cache) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SandboxLauncher.launch(recipe, recipe.getFileName().toString(), List.of(), Map.of(),
                tmp.resolve("out"), new SandboxLauncher.Limits(60, "256m", false), cache, new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    private long entries() throws IOException {
        try (Stream<Path> s = Files.list(tmp.resolve("cache"))) {
            return s.filter(p -> p.toString().endsWith(".bin")).count();
        }
    }

    @Test
    void aSandboxedRecipeIsCompiledOnceAndRefusalsAreNeverCached() throws IOException {
        SandboxIsolationTest.requireIsolation();
        CompiledRecipeCache cache = CompiledRecipeCache.at(tmp.resolve("cache"), new PrintWriter(new StringWriter()));
        Path hi = Files.writeString(tmp.resolve("hi.groovy"), "println \"hi\"\n");
        Result first = launch(hi, cache);
        assertEquals(0, first.code(), first.err());
        assertEquals("hi\n", first.out());
        assertEquals(1, entries(), "stored after the compile-only run");
        byte[] src = Files.readAllBytes(hi);
        String cls = RecipeRunner.className(Files.readString(hi), "hi.groovy");
        CompiledRecipeCache.Hit hit = cache.find(CompiledRecipeCache.SANDBOXED, cls, src);
        assertNotNull(hit);
        long stored = Files.getLastModifiedTime(hit.file()).toMillis();
        Result second = launch(hi, cache);
        assertEquals(0, second.code(), second.err());
        assertEquals("hi\n", second.out());
        assertEquals(stored, Files.getLastModifiedTime(hit.file()).toMillis(), "a hit writes nothing");
        byte[] legitEntry = Files.readAllBytes(hit.file());

        // a refusal: reported as without a cache, and not stored
        Path attack = Files.writeString(tmp.resolve("attack.groovy"),
                "println new File(\"/etc/passwd\").text\n");
        Result refused = launch(attack, cache);
        assertEquals(RecipeException.REJECTED, refused.code(), refused.err());
        assertTrue(refused.err().contains("attack.groovy:1:"), refused.err());
        assertEquals(1, entries(), "nothing stored for a refused recipe");

        // the legit entry planted under the attack's key: not used, still refused
        byte[] asrc = Files.readAllBytes(attack);
        String acls = RecipeRunner.className(Files.readString(attack), "attack.groovy");
        byte[] key = CompiledRecipeCache.key(CompiledRecipeCache.SANDBOXED, acls, asrc);
        Files.write(cache.file(key), legitEntry);
        Result planted = launch(attack, cache);
        assertEquals(RecipeException.REJECTED, planted.code(), planted.err());

        // forged with the right key, class and digest (the attack compiled by the trusted compiler): the launcher
        // takes it, the sandbox's JVM checks it against the allowlist and refuses it
        Files.write(cache.file(key), CompiledRecipeCache.encode(
                RecipeRunner.compileTrustedClasses(new String(asrc, StandardCharsets.UTF_8), "attack.groovy"), key));
        assertNotNull(cache.find(CompiledRecipeCache.SANDBOXED, acls, asrc));
        Result forged = launch(attack, cache);
        assertEquals(RecipeException.REJECTED, forged.code(), forged.err());
        assertTrue(forged.err().contains("attack.groovy:1:"), forged.err());
        assertEquals("", forged.out());

        // an edit of one byte compiles again
        Files.writeString(hi, "println \"ha\"\n");
        Result edited = launch(hi, cache);
        assertEquals("ha\n", edited.out(), edited.err());
        assertNull(cache.find(CompiledRecipeCache.SANDBOXED, cls, Files.readAllBytes(hi)), "other text, other class");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("attack.groovy", "cache", "hi.groovy"), s.map(p -> p.getFileName().toString())
                    .sorted().toList(), "no compile folders or output left behind");
        }
    }
}
