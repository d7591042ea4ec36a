package org.gvc4j.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gvc4j.script.Recipes;
import org.gvc4j.testing.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * scripts/classic.groovy, run <b>sandboxed</b> (the recipe policy: only the public surface, files only under the
 * output folder) on lrwiod-2000, through the fluent API only: every decompr_* and exvatools_* reference file has a
 * counterpart of the same name that matches it under the README's default rule (1e-9 relative), rows matched by the
 * file's label columns; every numpy_* oracle file has its counterpart without the prefix; the gvc4j_* extras are
 * written too. Skips cleanly without ../shared.
 */
class ClassicRecipeTest {
    @TempDir
    static Path tmp;
    static Path table;
    static Path out;
    static String printed;

    @BeforeAll
    static void runTheRecipeOnce() throws IOException {
        table = Reference.table("lrwiod-2000");
        out = tmp.resolve("out");
        printed = Recipes.run(Files.readString(Path.of("scripts/classic.groovy")), "classic.groovy", true,
                List.of(table.toString(), out.toString()), List.of(table), out);
    }

    @Test
    void recipeReproducesEveryDecomprAndExvatoolsReferenceFile() throws IOException {
        assertTrue(printed.startsWith("wrote 41 files"), printed);
        List<Path> expected;
        try (Stream<Path> files = Files.list(table.resolve("expected"))) {
            expected = files.filter(p -> p.getFileName().toString().matches("(decompr|exvatools)_.*\\.csv")).sorted()
                    .toList();
        }
        assertEquals(19, expected.size(), expected.toString());
        for (Path exp : expected) {
            Path got = out.resolve(exp.getFileName());
            assertTrue(Files.exists(got), "classic.groovy wrote " + got.getFileName());
            Reference.Csv csv = Reference.read(exp);
            List<String> keys = new ArrayList<>();
            for (int c = 0; c < csv.header().size(); c++) {
                if (!csv.rows().get(0).get(c).matches("-?[0-9.eE+-]+|NA")) {
                    keys.add(csv.header().get(c));
                }
            }
            Table t = Table.read().csv(CsvReadOptions.builder(got.toFile()).columnTypesPartial(
                    name -> keys.contains(name) ? java.util.Optional.of(tech.tablesaw.api.ColumnType.STRING)
                            : java.util.Optional.empty()).build());
            boolean xrow = csv.rows().stream().anyMatch(r -> r.contains("xROW"));
            for (String k : keys) {
                StringColumn col = t.stringColumn(k);
                for (int r = 0; r < t.rowCount(); r++) {
                    if (xrow && col.get(r).equals("ROW")) {
                        col.set(r, "xROW"); // the older lrwiod-2000 files' label (reference README, "Formatting")
                    }
                }
            }
            double worst = Reference.assertMatches(exp, t, keys, Set.of(), null);
            assertTrue(worst <= 1e-9, exp.getFileName() + ": " + worst);
        }
        for (String extra : List.of("gvc4j_wwz_bilateral_sector", "gvc4j_tiva_detail", "gvc4j_my_partner")) {
            assertTrue(Files.size(out.resolve(extra + ".csv")) > 1000, extra);
        }
    }

    @Test
    void recipeWritesEveryNumpyCounterpartAndMatchesTheReference() throws IOException {
        Set<String> expected = new TreeSet<>();
        try (Stream<Path> files = Files.list(table.resolve("expected"))) {
            for (Path exp : files.filter(p -> p.getFileName().toString().startsWith("numpy_")).sorted().toList()) {
                String name = exp.getFileName().toString().substring("numpy_".length());
                expected.add(name);
                Path got = out.resolve(name);
                assertTrue(Files.exists(got), "classic.groovy wrote " + name + "; it printed:\n" + printed);
                List<String> keys = name.startsWith("apl_bilateral") ? List.of("from_country", "to_country")
                        : name.endsWith("_country.csv") ? List.of("country") : List.of("country", "sector");
                double worst = Reference.assertMatches(exp, Table.read().csv(got.toFile()), keys, Set.of(), null);
                assertTrue(worst <= 1e-9, name + ": " + worst);
            }
        }
        assertEquals(14, expected.size(), "the reference holds 14 numpy_* files for lrwiod-2000");
    }

    /** The recipe reaches no method class: it imports only column-name classes and the result/naming types. */
    @Test
    void recipeUsesOnlyTheFluentApi() throws IOException {
        for (String line : Files.readAllLines(Path.of("scripts/classic.groovy"))) {
            if (line.startsWith("import ")) {
                assertTrue(line.matches("import (org\\.gvc4j\\.method\\.\\w+\\.\\w+Columns|org\\.gvc4j\\.result\\."
                        + "(MeasureTable|Naming)|tech\\.tablesaw\\.api\\.(Row|Table))"), line);
            }
        }
    }
}
