package org.gvc4j.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gvc4j.source.OutputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's JVM maps the gvc launcher's class-data archive (-Dgvc4j.cds.archive) read-only, and one it cannot use
 * is ignored without a word on its output.
 */
class SandboxArchiveTest {
    private static final String PROPERTY = "gvc4j.cds.archive";

    @TempDir
    Path tmp;

    /** The child of the last test: prints one word. */
    public static void main(String[] args) {
        System.out.println("ok");
    }

    @Test
    void withoutTheLauncherTheSandboxUsesNoArchive() {
        String before = System.clearProperty(PROPERTY);
        try {
            List<String> cmd = SandboxLauncher.command(Isolation.status(), List.of(), tmp, tmp, "256m", List.of("X"));
            assertFalse(cmd.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile")), cmd.toString());
        } finally {
            restore(before);
        }
    }

    @Test
    void theLaunchersArchiveIsMappedReadOnlyAndAnUnusableOneIsIgnoredQuietly() throws Exception {
        Path archive = Files.write(tmp.resolve("gvc4j.jsa"), new byte[] {1, 2, 3, 4}); // not an archive at all
        Path real = archive.toRealPath();
        Path staging = OutputFiles.newStaging(tmp.resolve("out"));
        String before = System.setProperty(PROPERTY, archive.toString());
        try {
            Isolation.Status iso = Isolation.status();
            List<String> cmd = SandboxLauncher.command(iso, List.of(), staging, tmp, "256m",
                    List.of(SandboxArchiveTest.class.getName()));
            assertTrue(cmd.contains("-XX:SharedArchiveFile=" + real), cmd.toString());
            assertTrue(cmd.contains("-Xlog:cds=off") && cmd.contains("-Xlog:cds+dynamic=off"), cmd.toString());
            if (iso.available()) {
                assertTrue(Collections.indexOfSubList(cmd, List.of("--ro-bind", real.toString(), real.toString())) >= 0,
                        "the archive is in the sandbox's read-only view: " + cmd);
            }
            Process p = new ProcessBuilder(cmd).directory(staging.toFile()).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals("ok\n", out, err);
            assertEquals("", err);
        } finally {
            restore(before);
            OutputFiles.discard(staging);
        }
    }

    private static void restore(String before) {
        if (before == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, before);
        }
    }
}
