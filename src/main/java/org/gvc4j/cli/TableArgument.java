package org.gvc4j.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;
import org.gvc4j.model.Conventions;
import org.gvc4j.source.Aggregation;
import org.gvc4j.source.Formats;
import org.gvc4j.source.Groups;
import org.gvc4j.source.ReadOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The TABLE argument of {@code info} and {@code bench}: a path, or {@code demo} for the embedded demo table. */
final class TableArgument {
    private TableArgument() {
    }

    /** The choices a source file cannot make, as options shared by {@code info}, {@code bench} and {@code convert}. */
    static final class Options {
        @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
        CommandLine.Model.CommandSpec mixee;

        @Option(names = "--format", paramLabel = "NAME", description = "Force a format instead of detecting it.")
        String format;

        @Option(names = "--year", paramLabel = "YYYY", description = "The year, for sources holding several years.")
        Integer year;

        @Option(names = "--split-regions", description = "OECD ICIO: keep CN1…, MX1… as regions of their own.")
        boolean splitRegions;

        @Option(names = "--countries", paramLabel = "FILE|NAME", description = "Merge countries into groups: a mapping "
                + "file (CSV code,group) or a shipped mapping (eu27, eu-members).")
        String countries;

        @Option(names = "--sectors", paramLabel = "FILE|NAME", description = "Merge sectors into groups: a mapping file "
                + "(CSV code,group) or a shipped mapping (oecd-icio-2023-sectors, wiod2013-sectors, …).")
        String sectors;

        /** The aggregation asked for, or {@code null}. */
        @org.jspecify.annotations.Nullable Aggregation aggregation() {
            Aggregation a = null;
            if (countries != null) {
                a = Aggregation.countries(Groups.named(countries));
            }
            if (sectors != null) {
                Groups g = Groups.named(sectors);
                a = a == null ? Aggregation.sectors(g) : a.andSectors(g);
            }
            return a;
        }

        /** The options as {@link ReadOptions}; an impossible year or an unknown format is refused as an option error. */
        ReadOptions read() {
            if (year != null && (year < 1900 || year > 2100)) {
                throw new CommandLine.ParameterException(mixee.commandLine(), "--year " + year
                        + " is not a year between 1900 and 2100");
            }
            if (format != null && Formats.names().stream().noneMatch(n -> n.equalsIgnoreCase(format.strip()))) {
                throw new CommandLine.ParameterException(mixee.commandLine(), "--format " + format
                        + " is not a format; formats: " + String.join(", ", Formats.names()));
            }
            return new ReadOptions(year, splitRegions, format);
        }
    }

    /**
     * A path that exists wins over the word {@code demo}: a folder or file named {@code demo} in the working folder is
     * read, and a note on {@code err} says so.
     */
    static MrioTable load(String arg, Path workingFolder, ReadOptions options, PrintWriter err) {
        Path p = workingFolder.resolve(arg);
        if (arg.equals("demo")) {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return Gvc.demo();
            }
            err.println("gvc: note: reading " + p + ", which exists, not the embedded demo table (a path that exists "
                    + "wins; run from another folder to see the demo table)");
            err.flush();
        }
        return Gvc.load(p, options);
    }

    static MrioTable load(String arg, Path workingFolder, PrintWriter err) {
        return load(arg, workingFolder, ReadOptions.DEFAULT, err);
    }

    /** The table with the options' choices applied: year, split regions, format, and country and sector groups. */
    static MrioTable load(String arg, Options options, PrintWriter err) {
        ReadOptions read = options.read();
        Aggregation a = options.aggregation();
        if (a == null) {
            return load(arg, Path.of(""), read, err);
        }
        if (arg.equals("demo") && !Files.exists(Path.of(arg), LinkOption.NOFOLLOW_LINKS)) {
            MrioTable demo = Gvc.demo();
            return new MrioTable(a.applyTo(demo.getData()), Conventions.DEFAULT);
        }
        // through the source table, so that a mapping by year sees the table's own year
        return new MrioTable(Gvc.read(Path.of(arg), read).aggregate(a).toIoTable(), Conventions.DEFAULT);
    }
}
