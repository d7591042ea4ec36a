package org.gvc4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.result.Naming;
import org.gvc4j.result.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs every decomposition on the embedded demo table and prints the seed's tables. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Decompose the embedded demo table (5 economies x 4 sectors) and print the results.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--naming", description = "Column names: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            defaultValue = "GVC4J")
    Naming naming;

    @Option(names = "--debug", description = "Print stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MrioTable io = Gvc.demo();
        out.println(io);
        out.println();
        print(out, "BM2025 trade measures, all exporters", io.decompose().bm2025().trade().measures());
        print(out, "BM2025 tripartite trade, CHN -> USA",
                io.decompose().bm2025().trade().pair("CHN", "USA"));
        print(out, "BM2025 tripartite trade by exporting sector, CHN -> USA",
                io.decompose().bm2025().trade().bySector().pair("CHN", "USA"));
        print(out, "BM2025 output-based measures (as published by the seed)", io.decompose().bm2025().output().measures());
        print(out, "BM2025 output-based measures by sector (as published)", io.decompose().bm2025().output().bySector());
        print(out, "BM2025 output, GDP-closed variant", io.decompose().bm2025().output().gdpClosed().measures());
        print(out, "BM2023 exporter totals", io.decompose().bm2023().exporters());
        print(out, "BM2023 MEX -> USA, source", io.decompose().bm2023().bilateral("MEX", "USA").source());
        print(out, "BM2023 MEX -> USA, sink", io.decompose().bm2023().bilateral("MEX", "USA").sink());
        print(out, "BM2023 MEX -> USA, pure (bilateral perimeter)", io.decompose().bm2023().bilateral("MEX", "USA").pure());
        out.flush();
        return 0;
    }

    private void print(PrintWriter out, String title, Result r) {
        out.println("## " + title + "  [" + r.getMethod() + "]");
        out.print(r.format(naming));
        out.println();
    }
}
