package org.gvc4j.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.model.Conventions;
import org.junit.jupiter.api.Assumptions;

/** The peers' own test tables in ../shared/reference/peer-tests (Z, Y, VA, X, countries, sectors as separate CSVs). */
public final class PeerTables {
    private PeerTables() {
    }

    /** A folder under peer-tests, or a skipped test. */
    public static Path folder(String dir) {
        Path p = Reference.root().resolve("peer-tests").resolve(dir);
        Assumptions.assumeTrue(Files.isDirectory(p), p + " absent: skipping");
        return p;
    }

    /** A table in the peer-tests input layout. */
    public static MrioTable load(Path in, Conventions conventions) {
        List<String> countries = column(Reference.read(in.resolve("countries.csv")));
        List<String> sectors = column(Reference.read(in.resolve("sectors.csv")));
        return Gvc.builder().name(in.getParent().getFileName() + "/" + in.getFileName())
                .countries(countries).sectors(sectors)
                .intermediate(matrix(Reference.read(in.resolve("Z.csv"))))
                .finalDemand(matrix(Reference.read(in.resolve("Y.csv"))))
                .valueAdded(vector(Reference.read(in.resolve("VA.csv"))))
                .output(vector(Reference.read(in.resolve("X.csv"))))
                .conventions(conventions).build();
    }

    private static List<String> column(Reference.Csv csv) {
        List<String> out = new ArrayList<>();
        csv.rows().forEach(r -> out.add(r.get(0)));
        return out;
    }

    private static double[][] matrix(Reference.Csv csv) {
        double[][] out = new double[csv.rows().size()][];
        for (int i = 0; i < out.length; i++) {
            List<String> row = csv.rows().get(i);
            out[i] = new double[row.size() - 1];
            for (int j = 1; j < row.size(); j++) {
                out[i][j - 1] = Double.parseDouble(row.get(j));
            }
        }
        return out;
    }

    private static double[] vector(Reference.Csv csv) {
        double[][] m = matrix(csv);
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i][0];
        }
        return out;
    }
}
