package org.gvc4j.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The pure-Java backend runs quietly (the binding's "Failed to load implementation" warnings stay off standard error)
 * and its one line says why it runs. Each case is a fresh JVM, since the backend is chosen once per JVM.
 */
class BackendQuietTest {

    /** The child: chooses the backend, inverts a matrix with it, prints the description. */
    public static void main(String[] args) {
        Mat m = new Mat(2, 2, new double[] {4, 2, 1, 3});
        double first = Dense.inverse(m).data[0];
        System.out.println(Backend.get().describe() + " " + first);
    }

    @Test
    void javaBackendAskedForIsQuietAndSaysSo() throws Exception {
        String[] r = run("-Dgvc4j.backend=java");
        assertEquals("", r[1], "standard error of a run on the pure-Java backend");
        assertTrue(r[0].matches("java \\(BLAS \\w+, LAPACK \\w+; asked for with -Dgvc4j.backend=java\\) 0\\.3\\s*"), r[0]);
    }

    @Test
    void withoutNativeLibrariesTheFallbackIsQuietAndSaysWhy() throws Exception {
        String[] r = run("-Ddev.ludovic.netlib.blas.nativeLib=libgvc4j-absent.so.3",
                "-Ddev.ludovic.netlib.lapack.nativeLib=libgvc4j-absent.so.3");
        assertEquals("", r[1], "standard error of a run without a native BLAS/LAPACK");
        assertTrue(r[0].matches("java \\(BLAS \\w+, LAPACK \\w+; no native BLAS/LAPACK loaded; install "
                + "libopenblas0-pthread for the native one\\) 0\\.3\\s*"), r[0]);
    }

    private static String[] run(String... props) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of(props));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), BackendQuietTest.class.getName()));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
        assertEquals(0, p.exitValue(), new String(err, StandardCharsets.UTF_8));
        return new String[] {new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8)};
    }
}
