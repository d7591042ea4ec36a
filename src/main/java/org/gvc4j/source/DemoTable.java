package org.gvc4j.source;

import org.gvc4j.model.IoTable;

/**
 * The demo table embedded in the jar: five economies (Germany, United States, China, Mexico, rest of the world) by
 * four sectors (agriculture, manufacturing, energy and utilities, services), in billions of US dollars. Made up for
 * gvc4j, but with plausible structure; exactly balanced (rows of Z + Y equal X, VA = X − colSums(Z)), so every
 * identity of the methods holds to rounding on it.
 */
public final class DemoTable {
    private DemoTable() {
    }

    public static IoTable load() {
        return CsvFolderReader.read("demo", "demo table (classpath org/gvc4j/demo)",
                file -> {
                    java.io.InputStream in = DemoTable.class.getResourceAsStream("/org/gvc4j/demo/" + file);
                    return in == null ? null : new InputFiles.Input(in, -1);
                });
    }
}
