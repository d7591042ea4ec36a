package org.gvc4j.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gvc4j.MrioTable;
import org.gvc4j.error.GvcException;
import org.gvc4j.report.TableReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gvc report TABLE --out report.html}: one offline HTML page for one table ({@link TableReport}) and the PNGs of
 * its three charts next to it ({@code <stem>-participation.png}, {@code -pairs.png}, {@code -map.png}).
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write one offline HTML page for a table "
        + "(validation facts, GVC participation, largest flows, country profiles, how computed) and PNGs of its charts.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TABLE", description = "A table folder, an official file or zip, or 'demo'.")
    String table;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "The page to write; the PNGs go next to it.")
    Path out;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Largest bilateral flows shown (default 10).")
    int top;

    @Option(names = "--profiles", split = ",", paramLabel = "CODE", description = "Countries whose sector profile is shown (default: all).")
    List<String> profiles;

    @Option(names = "--no-png", description = "Write the HTML page only.")
    boolean noPng;

    @picocli.CommandLine.Mixin
    TableArgument.Options source;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        if (!name.endsWith(".html")) {
            throw new GvcException("report: --out must name an .html file, got '" + out + "'");
        }
        Path dir = out.toAbsolutePath().getParent();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new GvcException("report: --out " + out + ": " + dir + " is not a folder");
        }
        if (Files.isDirectory(out)) {
            throw new GvcException("report: --out " + out + " is a folder; name an .html file");
        }
        MrioTable io = TableArgument.load(table, source, err);
        err.printf("gvc report: %s loaded (%d industries); computing the measures%n", io.getName(), io.getSize());
        err.flush();
        TableReport r = TableReport.of(io).top(top);
        if (profiles != null && !profiles.isEmpty()) {
            r = r.profiles(profiles.toArray(String[]::new));
        }
        Path docs = Path.of("dsl-docs").toAbsolutePath();
        if (Files.isDirectory(docs)) {
            r = r.docsAt(dir.relativize(docs).toString().replace('\\', '/') + "/");
        }
        String html = r.toHtml();
        String stem = name.substring(0, name.length() - ".html".length());
        List<Path> pngs = noPng ? List.of() : r.writePngs(dir, stem);
        r.writeHtml(out);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("wrote %s (%,d bytes)%n", out, html.length());
        for (Path p : pngs) {
            o.printf("wrote %s%n", p);
        }
        o.flush();
        return 0;
    }
}
