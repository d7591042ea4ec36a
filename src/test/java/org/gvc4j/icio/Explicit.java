package org.gvc4j.icio;

import org.gvc4j.linalg.Dense;
import org.gvc4j.linalg.Mat;

/** Brute-force helpers for the closed-form tests: explicit inverses and plain products, no shortcuts. */
final class Explicit {
    private Explicit() {
    }

    /** (I − A')⁻¹ for a modified coefficient matrix A', inverted explicitly. */
    static Mat leontief(Mat aMod) {
        Mat i = new Mat(aMod.rows, aMod.rows);
        for (int p = 0; p < aMod.rows; p++) {
            for (int q = 0; q < aMod.rows; q++) {
                i.set(p, q, (p == q ? 1 : 0) - aMod.get(p, q));
            }
        }
        return Dense.inverse(i);
    }

    /** M q by the textbook loop. */
    static double[] times(Mat mat, double[] q) {
        double[] out = new double[mat.rows];
        for (int i = 0; i < mat.rows; i++) {
            for (int k = 0; k < mat.cols; k++) {
                out[i] += mat.get(i, k) * q[k];
            }
        }
        return out;
    }

    /** Σ_{j≠r} A_rj q_j (N) for an n-vector q. */
    static double[] foreignInputs(Mat a, int nSec, int r, double[] q) {
        double[] out = new double[nSec];
        for (int i = 0; i < nSec; i++) {
            for (int j = 0; j < a.cols; j++) {
                if (j / nSec != r) {
                    out[i] += a.get(r * nSec + i, j) * q[j];
                }
            }
        }
        return out;
    }
}
