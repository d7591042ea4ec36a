package org.gvc4j.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.gvc4j.Gvc;
import org.gvc4j.MrioTable;

/** The TABLE argument of {@code info} and {@code bench}: a path, or {@code demo} for the embedded demo table. */
final class TableArgument {
    private TableArgument() {
    }

    /**
     * A path that exists wins over the word {@code demo}: a folder or file named {@code demo} in the working folder is
     * read, and a note on {@code err} says so.
     */
    static MrioTable load(String arg, Path workingFolder, PrintWriter err) {
        Path p = workingFolder.resolve(arg);
        if (arg.equals("demo")) {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return Gvc.demo();
            }
            err.println("gvc: note: reading " + p + ", which exists, not the embedded demo table (a path that exists "
                    + "wins; run from another folder to see the demo table)");
            err.flush();
        }
        return Gvc.load(p);
    }

    static MrioTable load(String arg, PrintWriter err) {
        return load(arg, Path.of(""), err);
    }
}
