package org.gvc4j.dsl;

import java.util.function.Supplier;
import org.gvc4j.model.Labels;
import org.gvc4j.method.Frame;
import org.gvc4j.model.LeontiefModel;
import org.gvc4j.result.Result;

/** What every step needs: labels to resolve names, the model on demand, and a description for metadata. */
record Context(Labels labels, Supplier<LeontiefModel> model, String source) {
    static final String BM2023 = "Borin & Mancini (2023)";
    static final String BM2025 = "Borin, Mancini & Taglioni (2025)";
    static final String GDP_CLOSED = "gvc4j's GDP-closed variant of Borin, Mancini & Taglioni (2025)";

    /** A result with the model's notes about the input (zero-output industries with inputs, ...) added. */
    Result result(Frame f, String method, String paper, java.util.Map<String, String> names) {
        for (String note : model.get().notes()) {
            f.note(note);
        }
        return new Result(f, method, paper, source, names);
    }

    int exporter(String name) {
        return labels.countryIndex(name, "exporter");
    }

    int exporter(int oneBased) {
        return labels.countryIndex(oneBased, "exporter");
    }

    int importer(String name) {
        return labels.countryIndex(name, "importer");
    }

    int importer(int oneBased) {
        return labels.countryIndex(oneBased, "importer");
    }

    int[] allCountries() {
        int[] all = new int[labels.countryCount()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    /** Every ordered pair (s, r), r ≠ s, exporter-major. */
    int[][] allPairs() {
        int g = labels.countryCount();
        int[][] pairs = new int[g * (g - 1)][];
        int k = 0;
        for (int s = 0; s < g; s++) {
            for (int r = 0; r < g; r++) {
                if (r != s) {
                    pairs[k++] = new int[] {s, r};
                }
            }
        }
        return pairs;
    }

    /** A pair of distinct countries; the same country twice is an error that says why. */
    int[] pair(int s, int r) {
        if (s == r) {
            throw new org.gvc4j.error.GvcException("exporter and importer are both " + labels.country(s)
                    + ": bilateral measures need two different countries");
        }
        return new int[] {s, r};
    }
}
