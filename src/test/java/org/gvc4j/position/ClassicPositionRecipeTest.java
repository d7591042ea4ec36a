package org.gvc4j.position;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gvc4j.script.Recipes;
import org.gvc4j.testing.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * scripts/classic-position.groovy, run trusted on lrwiod-2000, writes the counterpart of every numpy_* reference file
 * (same name without "numpy_") and each matches it under the README's default rule, read back from the CSV.
 */
class ClassicPositionRecipeTest {
    @TempDir
    Path tmp;

    @Test
    void writesEveryNumpyCounterpartAndMatchesTheReference() throws IOException {
        Path table = Reference.table("lrwiod-2000");
        Path out = tmp.resolve("out");
        String printed = Recipes.run(Files.readString(Path.of("scripts/classic-position.groovy")),
                "classic-position.groovy", false, List.of(table.toString(), out.toString()), List.of(table), out);
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.list(table.resolve("expected"))) {
            for (Path exp : files.filter(p -> p.getFileName().toString().startsWith("numpy_")).sorted().toList()) {
                String name = exp.getFileName().toString().substring("numpy_".length());
                expected.add(name);
                Path got = out.resolve(name);
                assertTrue(Files.exists(got), "classic-position.groovy wrote " + name + "; it printed:\n" + printed);
                List<String> keys = name.startsWith("apl_bilateral") ? List.of("from_country", "to_country")
                        : name.endsWith("_country.csv") ? List.of("country") : List.of("country", "sector");
                double worst = Reference.assertMatches(exp, Table.read().csv(got.toFile()), keys, Set.of(), null);
                assertTrue(worst <= 1e-9, name + ": " + worst);
            }
        }
        assertEquals(14, expected.size(), "the reference holds 14 numpy_* files for lrwiod-2000");
        Set<String> written = new TreeSet<>();
        try (Stream<Path> files = Files.list(out)) {
            files.forEach(p -> written.add(p.getFileName().toString()));
        }
        assertEquals(expected, written, "one file per reference file, and no apl_long.csv for n = 598 > 100");
        assertTrue(printed.contains("wrote ") && printed.contains("wwyz_participation_sector.csv (598 rows)"), printed);
    }
}
