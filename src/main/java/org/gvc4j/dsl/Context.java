package org.gvc4j.dsl;

import java.util.Map;
import java.util.function.Supplier;
import org.gvc4j.error.InvalidQueryException;
import org.gvc4j.method.Frame;
import org.gvc4j.model.Labels;
import org.gvc4j.model.LeontiefModel;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.result.MeasureTables;
import org.gvc4j.result.Naming;

/**
 * What every step needs: labels to resolve names (one rule, {@link Labels#find}), the model on demand, a description
 * of the table for metadata, and the naming results are shown in.
 */
record Context(Labels labels, Supplier<LeontiefModel> model, String source, Naming naming) {
    static final String BM2023 = "Borin & Mancini (2023)";
    static final String BM2025 = "Borin, Mancini & Taglioni (2025)";
    static final String GDP_CLOSED = "gvc4j's GDP-closed variant of Borin, Mancini & Taglioni (2025)";
    static final String ICIO = "Borin & Mancini (2023); Stata icio (Belotti, Borin & Mancini 2021)";

    /** A table under gvc4j's names, with the model's notes about the input (zero-output industries, ...) added. */
    MeasureTable table(Frame f, String chain, String paper, Map<Naming, Map<String, String>> aliases) {
        for (String note : model.get().notes()) {
            f.note(note);
        }
        return MeasureTables.of(f, chain, paper, source, Naming.GVC4J, aliases);
    }

    /** A country by name; {@code role} (exporter, importer, country, ...) names it in the message. */
    int country(String name, String role) {
        return labels.countryIndex(name, role);
    }

    /** A country by 1-based number. */
    int country(int oneBased, String role) {
        return labels.countryIndex(oneBased, role);
    }

    int[] allCountries() {
        int[] all = new int[labels.countryCount()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    /** A country's name in a chain's text: {@code "CHN"}. */
    String quoted(int country) {
        return quote(labels.country(country));
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * The one check of a pair: a single exporter and the importer chosen for it must differ. With several exporters
     * (every exporter, or groups) an exporter's own country is left out of its partners.
     */
    void requirePartner(int[] exporters, int importer) {
        if (exporters.length == 1 && exporters[0] == importer) {
            throw new InvalidQueryException("exporter and importer are both " + labels.country(importer)
                    + ": a bilateral flow needs two different countries; choose another importer, or importers() "
                    + "for every partner");
        }
    }

    /** Every ordered pair (s, r), r ≠ s, exporter-major. */
    int[][] pairs(int[] exporters, int[] importers) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        for (int s : exporters) {
            for (int r : importers) {
                if (r != s) {
                    out.add(new int[] {s, r});
                }
            }
        }
        return out.toArray(new int[0][]);
    }
}
