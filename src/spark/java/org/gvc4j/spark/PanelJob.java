package org.gvc4j.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.model.Execution;
import org.gvc4j.cli.PanelKinds;
import org.gvc4j.panel.Panel;
import org.gvc4j.panel.PanelSource;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.source.ReadOptions;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A panel on Apache Spark: one table per task, loaded on the executor from a path every executor sees and computed
 * with the same loaders and engine as {@code gvc panel} (one thread per task: Spark's tasks are the parallelism);
 * each result kind is written as a Parquet dataset {@code OUT/<kind>/database=…/year=…/part-*.parquet} with the
 * columns of {@code gvc panel}'s combined {@code <kind>.csv} (numbers DOUBLE, a missing value null).
 *
 * <p>{@code spark-submit --class org.gvc4j.spark.PanelJob gvc4j.jar MANIFEST|FOLDER KINDS OUT}; KINDS as
 * {@code gvc panel --measures}, comma-separated.
 */
public final class PanelJob {
    private PanelJob() {
    }

    /** The command-line entry point of spark-submit. */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: PanelJob MANIFEST|FOLDER KINDS OUT  (KINDS comma-separated: "
                    + String.join(", ", PanelKinds.all().keySet()) + ")");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("gvc4j panel").getOrCreate();
        try {
            run(spark, args[0], Arrays.asList(args[1].split(",")), args[2]);
        } catch (RuntimeException e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            System.err.println("gvc4j PanelJob: " + t.getMessage());
            spark.stop();
            System.exit(1);
        }
        spark.stop();
    }

    /** Runs the panel {@code sources} (a manifest .csv or a folder of tables) and writes one dataset per kind. */
    public static void run(SparkSession spark, String sources, List<String> kinds, String out) {
        for (String k : kinds) {
            if (!PanelKinds.all().containsKey(k)) {
                throw new IllegalArgumentException("unknown kind \"" + k + "\"; kinds: "
                        + String.join(", ", PanelKinds.all().keySet()));
            }
        }
        Path p = Path.of(sources);
        Panel panel = p.toFile().isFile() ? Panel.fromManifest(p) : Panel.fromFolder(p);
        List<String[]> tasks = new ArrayList<>();
        for (PanelSource s : panel.getSources()) {
            tasks.add(new String[] {s.database(), Integer.toString(s.year()), s.path().toAbsolutePath().toString()});
        }
        List<String> ks = List.copyOf(kinds);
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Result> results = sc.parallelize(tasks, tasks.size()).flatMap(t -> compute(t, ks).iterator()).cache();
        try {
            for (String kind : ks) {
                JavaRDD<Result> mine = results.filter(r -> r.kind.equals(kind));
                Result first = mine.first();
                List<String> bad = mine.filter(r -> !Arrays.equals(r.names, first.names)).map(r -> r.database + " "
                        + r.year).collect();
                if (!bad.isEmpty()) {
                    throw new IllegalStateException(kind + ": " + bad + " have other columns than " + first.database
                            + " " + first.year + " (" + String.join(",", first.names) + ")");
                }
                List<StructField> fields = new ArrayList<>();
                fields.add(DataTypes.createStructField("database", DataTypes.StringType, false));
                fields.add(DataTypes.createStructField("year", DataTypes.IntegerType, false));
                for (int c = 0; c < first.names.length; c++) {
                    fields.add(DataTypes.createStructField(first.names[c],
                            first.numeric[c] ? DataTypes.DoubleType : DataTypes.StringType, true));
                }
                JavaRDD<Row> rows = mine.flatMap(r -> r.rows.stream().map(cells -> {
                    Object[] v = new Object[cells.length + 2];
                    v[0] = r.database;
                    v[1] = r.year;
                    System.arraycopy(cells, 0, v, 2, cells.length);
                    return RowFactory.create(v);
                }).iterator());
                Dataset<Row> df = spark.createDataFrame(rows, DataTypes.createStructType(fields));
                df.write().mode(SaveMode.ErrorIfExists).partitionBy("database", "year").parquet(out + "/" + kind);
            }
        } finally {
            results.unpersist();
        }
    }

    /** One table's results: runs on an executor. */
    static List<Result> compute(String[] task, List<String> kinds) {
        String database = task[0];
        int year = Integer.parseInt(task[1]);
        try {
            MrioTable io = Gvc.load(Path.of(task[2]), ReadOptions.DEFAULT.withYear(year))
                    .withExecution(Execution.threads(1));
            List<Result> out = new ArrayList<>();
            for (String k : kinds) {
                Function<MrioTable, MeasureTable> f = PanelKinds.all().get(k);
                out.add(Result.of(k, database, year, f.apply(io).toTable()));
            }
            return out;
        } catch (RuntimeException e) {
            throw new IllegalStateException("table " + database + " " + year + " (" + task[2] + "): " + e.getMessage(),
                    e);
        }
    }

    /** One table's rows of one kind, as they travel from the executor. */
    static final class Result implements Serializable {
        private static final long serialVersionUID = 1L;
        String kind;
        String database;
        int year;
        String[] names;
        boolean[] numeric;
        List<Object[]> rows;

        static Result of(String kind, String database, int year, Table t) {
            Result r = new Result();
            r.kind = kind;
            r.database = database;
            r.year = year;
            int k = t.columnCount();
            r.names = t.columnNames().toArray(new String[0]);
            r.numeric = new boolean[k];
            for (int c = 0; c < k; c++) {
                r.numeric[c] = t.column(c) instanceof DoubleColumn;
            }
            r.rows = new ArrayList<>(t.rowCount());
            for (int i = 0; i < t.rowCount(); i++) {
                Object[] v = new Object[k];
                for (int c = 0; c < k; c++) {
                    Column<?> col = t.column(c);
                    if (col instanceof DoubleColumn d) {
                        double x = d.getDouble(i);
                        v[c] = Double.isNaN(x) ? null : x;
                    } else {
                        v[c] = col.getString(i);
                    }
                }
                r.rows.add(v);
            }
            return r;
        }
    }

}
