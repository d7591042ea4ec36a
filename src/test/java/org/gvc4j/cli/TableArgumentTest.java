package org.gvc4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gvc4j.MrioTable;
import org.gvc4j.error.TableFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gvc info demo}: the embedded table only when no path named demo exists. */
class TableArgumentTest {
    @TempDir
    Path cwd;

    @Test
    void demoIsTheEmbeddedTableWhenNoSuchPathExists() {
        StringWriter err = new StringWriter();
        MrioTable io = TableArgument.load("demo", cwd, new PrintWriter(err));
        assertEquals("demo", io.getName());
        assertEquals(20, io.getSize());
        assertEquals("", err.toString());
    }

    @Test
    void anExistingFolderNamedDemoWinsAndTheNoteSaysSo() throws Exception {
        Files.createDirectory(cwd.resolve("demo"));
        StringWriter err = new StringWriter();
        TableFormatException e = assertThrows(TableFormatException.class,
                () -> TableArgument.load("demo", cwd, new PrintWriter(err)));
        assertEquals(cwd.resolve("demo") + ": Z.csv not found", e.getMessage());
        assertEquals("gvc: note: reading " + cwd.resolve("demo") + ", which exists, not the embedded demo table (a path "
                + "that exists wins; run from another folder to see the demo table)", err.toString().strip());
    }
}
