package org.gvc4j.panel;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gvc4j.error.GvcException;

/**
 * What a panel run did. {@link #output(String)} is the combined CSV of one kind, ready as estimation data:
 * {@code Estimate.ols(r.output("bm2025_trade_measures"), "participation_B ~ participation_F | database + year")}, or
 * {@code Datasets.readCsv(r.output(...))} for a Tablesaw table ({@code database} a string column, {@code year} an
 * integer column, both usable as fixed effects).
 *
 * @param computed tables computed by this run, in panel order
 * @param resumed  tables whose checkpoint of an earlier run was kept
 * @param outputs  the combined CSV of each result kind, by decomposition name, and its number of rows
 * @param plan     the plan line (empty when nothing was computed)
 * @param seconds  wall time of the run
 */
public record PanelResult(List<PanelSource> computed, List<PanelSource> resumed, Map<String, Path> outputs,
                          Map<String, Long> rows, String plan, double seconds) {
    /** The combined CSV of one result kind; an unknown kind is an error naming the kinds of the run. */
    public Path output(String kind) {
        Path p = outputs.get(kind);
        if (p == null) {
            throw new GvcException("no result kind \"" + kind + "\" in this panel run; kinds: "
                    + String.join(", ", outputs.keySet()));
        }
        return p;
    }
}
