package org.gvc4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gvc4j.Gvc;
import org.gvc4j.source.ReadOptions;
import org.gvc4j.source.SourceTable;
import org.gvc4j.source.TableFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gvc convert SOURCE OUTDIR}: an official file, folder or zip to the table-folder layout, all or nothing. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert an official MRIO file, folder or zip (format detected from the content) into a table "
            + "folder: Z.csv, Y.csv, Yfull.csv, VA_X.csv, VA_rows.csv, provenance.txt. Written all or nothing."})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The downloaded file, folder or zip.")
    Path sourcePath;

    @Parameters(index = "1", paramLabel = "OUTDIR", description = "The table folder to write (created; an existing "
            + "folder's files of the same names are replaced).")
    Path outDir;

    @picocli.CommandLine.Mixin
    TableArgument.Options source;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        ReadOptions options = source.read();
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        org.gvc4j.source.Aggregation groups = source.aggregation();
        SourceTable t = Gvc.read(sourcePath, options);
        if (groups != null) {
            t = t.aggregate(groups);
        }
        TableFolder.write(t, outDir);
        out.printf(Locale.ROOT, "wrote %s: %d regions x %d sectors = %d industries (%s) in %.2f s%n", outDir,
                t.labels().countryCount(), t.labels().sectorCount(), t.labels().size(), t.report().format()
                        + (t.report().edition().isEmpty() ? "" : " " + t.report().edition()), (System.nanoTime() - t0) / 1e9);
        for (String line : t.report().lines()) {
            out.println("  " + line);
        }
        out.flush();
        return 0;
    }
}
