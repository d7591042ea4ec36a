package org.gvc4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gvc4j.linalg.Backend;
import org.gvc4j.linalg.Dense;
import org.gvc4j.linalg.Mat;
import org.junit.jupiter.api.Test;

/** The backend is the one asked for; in CI (CI=true) the native OpenBLAS must load, so a broken install fails loudly. */
class BackendTest {

    @Test
    void backendIsTheRequestedOne() {
        String wanted = System.getProperty("gvc4j.backend", "auto");
        if (wanted.equals("java")) {
            assertEquals("java", Backend.get().name());
        } else if ("true".equals(System.getenv("CI"))) {
            assertEquals("native", Backend.get().name(),
                    "CI installs Debian's libopenblas0-pthread (.ci/run); the native backend did not load: " + Gvc.backend());
        }
    }

    @Test
    void inverseAndSolveAgreeOnAKnownMatrix() {
        // [[4, 1], [2, 3]] (column-major) has inverse [[0.3, -0.1], [-0.2, 0.4]]
        Mat m = new Mat(2, 2, new double[] {4, 2, 1, 3});
        assertArrayEquals(new double[] {0.3, -0.2, -0.1, 0.4}, Dense.inverse(m).data, 1e-15);
        assertArrayEquals(new double[] {0.2, 0.2}, Dense.solve(m, new double[] {1, 1}), 1e-15);
    }
}
