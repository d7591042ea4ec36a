package org.gvc4j.method.icio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gvc4j.method.Frame;
import org.gvc4j.method.Keys;
import org.gvc4j.model.Labels;

/**
 * Additive measures at the finest export level: one N-vector (exporting sectors) per field and (exporter, importer)
 * pair. Coarser levels are plain sums, so every level adds up exactly to the next.
 */
final class Cube {
    private final Labels labels;
    private final Exporter[] exporters;
    private final int[] importers;
    private final int g;
    private final int nSec;
    private final Map<String, double[]> fields = new LinkedHashMap<>();

    Cube(Labels labels, Exporter[] exporters, int[] importers, List<String> names) {
        this.labels = labels;
        this.exporters = exporters.clone();
        this.importers = importers.clone();
        this.g = labels.countryCount();
        this.nSec = labels.sectorCount();
        for (String f : names) {
            fields.put(f, new double[exporters.length * g * nSec]);
        }
    }

    /** The N cells of field {@code f} for the si-th exporter and importer r (written in place). */
    int offset(int si, int r) {
        return (si * g + r) * nSec;
    }

    /** True if importer r is among the importers of this cube. */
    boolean includes(int r) {
        for (int rr : importers) {
            if (rr == r) {
                return true;
            }
        }
        return false;
    }

    double[] field(String f) {
        return fields.get(f);
    }

    boolean has(String f) {
        return fields.containsKey(f);
    }

    /** Stores {@code values} as the N cells of field f for (si, r). */
    void put(String f, int si, int r, double[] values) {
        System.arraycopy(values, 0, fields.get(f), offset(si, r), nSec);
    }

    /** The rows of one export level; {@code names} chooses and orders the measure columns. */
    Frame frame(Level level, List<String> names) {
        return frame(level, names, SectorGroups.each(labels), null);
    }

    /** The same with the sector rows summed by group (one row per group at sector and bilateral level). */
    Frame frame(Level level, List<String> names, SectorGroups groups) {
        return frame(level, names, groups, null);
    }

    /** The same, the rows handed to {@code rows} when it is not null (a streamed frame: written as they are made). */
    Frame frame(Level level, List<String> names, SectorGroups groups, Frame.Rows rows) {
        List<String> keys = new ArrayList<>(List.of(Keys.EXPORTER));
        if (level.bySector()) {
            keys.add(Keys.SECTOR);
        }
        if (level.byImporter()) {
            keys.add(Keys.IMPORTER);
        }
        Frame out = new Frame(keys, names, rows);
        double[][] cols = new double[names.size()][];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = fields.get(names.get(c));
        }
        // one key array and one value array for every row: Frame copies a row into its columns (or hands it on)
        String[] key = new String[keys.size()];
        double[] row = new double[names.size()];
        for (int si = 0; si < exporters.length; si++) {
            Exporter ex = exporters[si];
            key[0] = ex.name;
            switch (level) {
                case COUNTRY -> out.add(key, sum(cols, si, -1, null, row));
                case PAIR -> {
                    for (int r : importers) {
                        if (!ex.covers(r)) {
                            key[1] = labels.country(r);
                            out.add(key, sum(cols, si, r, null, row));
                        }
                    }
                }
                case SECTOR -> {
                    for (int k = 0; k < groups.size(); k++) {
                        key[1] = groups.names().get(k);
                        out.add(key, sum(cols, si, -1, groups.members()[k], row));
                    }
                }
                case SECTOR_PAIR -> {
                    for (int k = 0; k < groups.size(); k++) {
                        key[1] = groups.names().get(k);
                        for (int r : importers) {
                            if (!ex.covers(r)) {
                                key[2] = labels.country(r);
                                out.add(key, sum(cols, si, r, groups.members()[k], row));
                            }
                        }
                    }
                }
                default -> throw new IllegalStateException(level.toString());
            }
        }
        return out;
    }

    /** Field f of the si-th exporter as an N-vector over exporting sectors, summed over importers (r = −1: all). */
    double[] vector(String f, int si, int r) {
        double[] out = new double[nSec];
        double[] col = fields.get(f);
        for (int rr : importers) {
            if (exporters[si].covers(rr) || (r >= 0 && rr != r)) {
                continue;
            }
            int off = offset(si, rr);
            for (int k = 0; k < nSec; k++) {
                out[k] += col[off + k];
            }
        }
        return out;
    }

    /**
     * The row's values: per column, the sum over the importers kept (one, or all not covered by the exporter) and the
     * sectors given (all when null), added in importer then sector order. One pass over the importers for all
     * columns (the importer test is not repeated per column); each column's additions keep their order, so the sums
     * are bit-identical to a per-column loop. Written into {@code out} (one array reused for every row).
     */
    private double[] sum(double[][] cols, int si, int r, int[] sectors, double[] out) {
        java.util.Arrays.fill(out, 0.0);
        Exporter ex = exporters[si];
        for (int rr : importers) {
            if ((r >= 0 && rr != r) || ex.covers(rr)) {
                continue;
            }
            int off = offset(si, rr);
            for (int c = 0; c < cols.length; c++) {
                double[] col = cols[c];
                double acc = out[c];
                if (sectors != null) {
                    for (int k : sectors) {
                        acc += col[off + k];
                    }
                } else {
                    for (int kk = 0; kk < nSec; kk++) {
                        acc += col[off + kk];
                    }
                }
                out[c] = acc;
            }
        }
        return out;
    }
}
