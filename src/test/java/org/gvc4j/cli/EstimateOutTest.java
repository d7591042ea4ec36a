package org.gvc4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gvc estimate --out} writes CSV only: a name in another format's extension is refused before the estimation
 * runs (not filled with CSV text), and a good run writes the file whole with the permissions the umask gives.
 */
class EstimateOutTest {
    @TempDir
    Path tmp;

    static final String DATA = "trade,dist,exp\n1,2,a\n2,3,a\n3,5,b\n5,7,b\n8,11,c\n13,17,c\n";

    int run(Path data, Path out, StringWriter err) {
        return Main.execute(new String[] {"estimate", "--data", data.toString(), "--model", "ols", "--formula",
            "trade ~ dist | exp", "--out", out.toString(), "--quiet"}, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    }

    @Test
    void anotherFormatsExtensionIsRefusedAndNothingIsWritten() throws Exception {
        Path d = Files.writeString(tmp.resolve("d.csv"), DATA);
        Path res = Files.createDirectories(tmp.resolve("res"));
        for (String name : List.of("coefs.xlsx", "coefs.md", "COEFS.TEX", "coefs.html")) {
            StringWriter err = new StringWriter();
            assertEquals(2, run(d, res.resolve(name), err), name);
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
            assertTrue(err.toString().contains("--out " + res.resolve(name) + ": the coefficient table is written as CSV, "
                    + "not ." + ext + "; give a .csv name"), err.toString());
        }
        try (Stream<Path> s = Files.list(res)) {
            assertEquals(0, s.count(), "nothing written");
        }
        StringWriter err = new StringWriter();
        assertEquals(0, run(d, res.resolve("coefs.csv"), err), err.toString());
        assertTrue(Files.readString(res.resolve("coefs.csv")).startsWith("term,estimate,"));
        Path probe = tmp.resolve("probe");
        Files.newOutputStream(probe).close();
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(res.resolve("coefs.csv")),
                "the permissions the umask gives");
    }
}
