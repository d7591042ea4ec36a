package org.gvc4j.panel;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.gvc4j.error.GvcException;

/**
 * One table of a panel: where it is, and its {@code database} and {@code year} labels.
 *
 * @param database a word of letters, digits, {@code _ . -}
 * @param year     1900–2100
 * @param path     what {@code Gvc.load} reads: a table folder, an official file, folder or zip
 * @param origin   where this entry was declared, for messages ({@code manifest.csv line 3}, or the path)
 */
public record PanelSource(String database, int year, Path path, String origin) {
    static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public PanelSource {
        if (!LABEL.matcher(database).matches()) {
            throw new GvcException(origin + ": database \"" + database + "\" is not a label: use letters, digits, "
                    + "_ . - (at most 64, starting with a letter or digit)");
        }
        if (year < 1900 || year > 2100) {
            throw new GvcException(origin + ": year " + year + " is not a year between 1900 and 2100");
        }
    }

    /** A source declared by its path. */
    public PanelSource(String database, int year, Path path) {
        this(database, year, path, path.toString());
    }

    /** The name of its checkpoint folder: {@code database_year}. */
    public String key() {
        return database + "_" + year;
    }

    @Override
    public String toString() {
        return database + " " + year;
    }
}
