package org.gvc4j.panel;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a panel run did.
 *
 * @param computed tables computed by this run, in panel order
 * @param resumed  tables whose checkpoint of an earlier run was kept
 * @param outputs  the combined CSV of each result kind, by decomposition name, and its number of rows
 * @param plan     the plan line (empty when nothing was computed)
 * @param seconds  wall time of the run
 */
public record PanelResult(List<PanelSource> computed, List<PanelSource> resumed, Map<String, Path> outputs,
                          Map<String, Long> rows, String plan, double seconds) {
}
