package org.gvc4j.deals.panel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gvc4j.api.FileAccess;
import org.gvc4j.error.GvcException;
import org.gvc4j.source.OutputFiles;
import org.jspecify.annotations.Nullable;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * A database of targeted trade deals, read from and written to CSV with the fields of Annex 8.2, one row per deal:
 *
 * <pre>
 * deal,type,signed,entry_into_force,composition,parties,accessions,binding,text_available,renewal
 * Japan-Singapore digital MoU,digital,2019,2019,bilateral,JPN;SGP,,non-binding,yes,fixed term
 * Minerals partnership,critical minerals,2021,,plurilateral,AUS;CAN;JPN,KOR:2023;IND:2024,non-binding,yes,no duration
 * </pre>
 *
 * {@code signed} and {@code entry_into_force} are years (or ISO dates, of which the year is used);
 * {@code entry_into_force} may be empty. {@code parties} are ISO alpha-3 codes separated by {@code ;};
 * {@code accessions} are {@code CODE:YEAR} separated by {@code ;}. {@code type} is {@code digital} or
 * {@code critical minerals}; {@code composition} {@code bilateral} (two parties) or {@code plurilateral};
 * {@code binding} {@code binding}, {@code non-binding} or {@code not specified}; {@code text_available}
 * {@code yes}/{@code no} or empty; {@code renewal} {@code automatic renewal}, {@code fixed term}, {@code no duration}
 * or {@code not specified}. Other columns are allowed and ignored. Every error names the line and the column.
 */
public final class DealDatabase {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("deal", "type", "signed", "entry_into_force", "composition",
            "parties", "accessions", "binding", "text_available", "renewal");
    static final List<String> TYPES = List.of("digital", "critical minerals");
    static final List<String> COMPOSITIONS = List.of("bilateral", "plurilateral");
    static final List<String> BINDING = List.of("binding", "non-binding", "not specified");
    static final List<String> RENEWAL = List.of("automatic renewal", "fixed term", "no duration", "not specified");

    private final List<Deal> deals;

    private DealDatabase(List<Deal> deals) {
        this.deals = List.copyOf(deals);
    }

    /** Deals given as records (checked as a file would be). */
    public static DealDatabase of(List<Deal> deals) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < deals.size(); i++) {
            Deal d = deals.get(i);
            check(d, "deal " + (i + 1) + " (" + d.name() + ")");
            if (!names.add(d.name())) {
                throw new GvcException("deal " + (i + 1) + ": the name \"" + d.name() + "\" is used twice");
            }
        }
        return new DealDatabase(deals);
    }

    /** Reads a deal CSV file. */
    public static DealDatabase read(Path csv) {
        Table t;
        try {
            t = Table.read().usingOptions(CsvReadOptions.builder(csv.toFile()).header(true)
                    .columnTypesToDetect(List.of(ColumnType.STRING)).missingValueIndicator("").build());
        } catch (RuntimeException e) {
            throw new GvcException("cannot read the deal file " + csv + ": " + e.getMessage(), e);
        }
        return of(t, csv.toString());
    }

    /** Deals from CSV text in the file format (header row first), e.g. a small example in a recipe or a test. */
    public static DealDatabase parse(String csvText) {
        Table t;
        try {
            t = Table.read().usingOptions(CsvReadOptions.builder(new java.io.StringReader(csvText)).header(true)
                    .columnTypesToDetect(List.of(ColumnType.STRING)).missingValueIndicator("").tableName("deal text")
                    .build());
        } catch (RuntimeException e) {
            throw new GvcException("cannot read the deal text as CSV: " + e.getMessage(), e);
        }
        return of(t, "deal text");
    }

    /** Reads a deal CSV file named by a path string (not in sandboxed recipes: use {@code loadCsv} and {@link #of(Table)}). */
    @FileAccess
    public static DealDatabase read(String csv) {
        return read(Path.of(csv));
    }

    /** Deals from a table with the columns above (e.g. a recipe's {@code loadCsv("deals.csv")}); any column types. */
    public static DealDatabase of(Table table) {
        return of(table, table.name() == null ? "the deal table" : table.name());
    }

    private static DealDatabase of(Table t, String source) {
        List<String> missing = new ArrayList<>();
        for (String c : COLUMNS) {
            if (!t.columnNames().contains(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            throw new GvcException(source + ": missing column(s) " + String.join(", ", missing) + " (a deal file has "
                    + String.join(",", COLUMNS) + "; found " + String.join(",", t.columnNames()) + ")");
        }
        List<Deal> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String where = source + " line " + (r + 2);
            Row row = new Row(t, r, where);
            String name = row.text("deal", true);
            if (!names.add(name)) {
                throw new GvcException(where + ": the deal \"" + name + "\" appears twice");
            }
            List<String> parties = new ArrayList<>();
            for (String p : row.text("parties", true).split("[;|]")) {
                if (!p.isBlank()) {
                    parties.add(code(p, where, "parties"));
                }
            }
            List<Deal.Accession> acc = new ArrayList<>();
            for (String a : row.text("accessions", false).split("[;|]")) {
                if (a.isBlank()) {
                    continue;
                }
                String[] kv = a.strip().split("\\s*[: ]\\s*");
                if (kv.length != 2) {
                    throw new GvcException(where + ", column accessions: \"" + a.strip() + "\" is not CODE:YEAR");
                }
                acc.add(new Deal.Accession(code(kv[0], where, "accessions"), year(kv[1], where, "accessions")));
            }
            String ta = row.text("text_available", false).toLowerCase(Locale.ROOT);
            Boolean textAvailable = switch (ta) {
                case "" -> null;
                case "yes", "true", "1", "y" -> true;
                case "no", "false", "0", "n" -> false;
                default -> throw new GvcException(where + ", column text_available: \"" + ta + "\" is not yes or no");
            };
            String eif = row.text("entry_into_force", false);
            Deal d = new Deal(name, row.choice("type", TYPES, null), year(row.text("signed", true), where, "signed"),
                    eif.isEmpty() ? null : year(eif, where, "entry_into_force"),
                    row.choice("composition", COMPOSITIONS, null), parties, acc,
                    row.choice("binding", BINDING, "not specified"), textAvailable,
                    row.choice("renewal", RENEWAL, "not specified"));
            check(d, where);
            out.add(d);
        }
        return new DealDatabase(out);
    }

    /** One row of the table being read, with the place to name in errors. */
    private record Row(Table t, int r, String where) {
        String text(String column, boolean required) {
            String v = t.column(column).isMissing(r) ? "" : t.column(column).getString(r).strip();
            if (required && v.isEmpty()) {
                throw new GvcException(where + ", column " + column + ": empty");
            }
            return v;
        }

        String choice(String column, List<String> allowed, @Nullable String fallback) {
            String v = text(column, fallback == null).toLowerCase(Locale.ROOT).replace('_', ' ');
            if (v.isEmpty() && fallback != null) {
                return fallback;
            }
            if (!allowed.contains(v)) {
                throw new GvcException(where + ", column " + column + ": \"" + v + "\" is not one of "
                        + String.join(", ", allowed));
            }
            return v;
        }
    }

    private static String code(String s, String where, String column) {
        String c = s.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z0-9]{2,6}")) {
            throw new GvcException(where + ", column " + column + ": \"" + s.strip() + "\" is not a country code "
                    + "(ISO alpha-3, e.g. JPN)");
        }
        return c;
    }

    private static int year(String s, String where, String column) {
        String v = s.strip();
        if (v.matches("\\d{4}(-\\d{2}-\\d{2})?(\\.0)?")) {
            int y = Integer.parseInt(v.substring(0, 4));
            if (y >= 1900 && y <= 2100) {
                return y;
            }
        }
        throw new GvcException(where + ", column " + column + ": \"" + v + "\" is not a year (YYYY or YYYY-MM-DD)");
    }

    private static void check(Deal d, String where) {
        if (!TYPES.contains(d.type())) {
            throw new GvcException(where + ": type \"" + d.type() + "\" is not one of " + String.join(", ", TYPES));
        }
        Set<String> members = new LinkedHashSet<>(d.parties());
        if (members.size() != d.parties().size()) {
            throw new GvcException(where + ", column parties: a party is listed twice: " + String.join(";", d.parties()));
        }
        if (d.composition().equals("bilateral") && d.parties().size() != 2) {
            throw new GvcException(where + ": a bilateral deal has exactly 2 parties, found " + d.parties().size()
                    + " (" + String.join(";", d.parties()) + "); use plurilateral");
        }
        if (d.parties().size() < 2) {
            throw new GvcException(where + ": a deal needs at least 2 parties, found " + d.parties().size());
        }
        if (d.entryIntoForce() != null && d.entryIntoForce() < d.signed()) {
            throw new GvcException(where + ": entry into force " + d.entryIntoForce() + " is before signing "
                    + d.signed());
        }
        for (Deal.Accession a : d.accessions()) {
            if (!members.add(a.country())) {
                throw new GvcException(where + ", column accessions: " + a.country() + " is already a party");
            }
            if (a.year() < d.signed()) {
                throw new GvcException(where + ", column accessions: " + a.country() + " accedes in " + a.year()
                        + ", before the deal was signed (" + d.signed() + ")");
            }
        }
    }

    public List<Deal> getDeals() {
        return deals;
    }

    /** The deal of that name. */
    public Deal deal(String name) {
        for (Deal d : deals) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        throw new GvcException("no deal named \"" + name + "\" (" + deals.size() + " deals)");
    }

    /** The deals as a table with the file's columns. */
    public Table toTable() {
        List<StringColumn> cols = new ArrayList<>();
        for (String c : COLUMNS) {
            cols.add(StringColumn.create(c));
        }
        for (Deal d : deals) {
            List<String> acc = new ArrayList<>();
            d.accessions().forEach(a -> acc.add(a.country() + ":" + a.year()));
            String[] v = {d.name(), d.type(), Integer.toString(d.signed()),
                d.entryIntoForce() == null ? "" : d.entryIntoForce().toString(), d.composition(),
                String.join(";", d.parties()), String.join(";", acc), d.binding(),
                d.textAvailable() == null ? "" : d.textAvailable() ? "yes" : "no", d.renewal()};
            for (int i = 0; i < v.length; i++) {
                cols.get(i).append(v[i]);
            }
        }
        return Table.create("deals", cols.toArray(new StringColumn[0]));
    }

    /** Writes the deals as CSV, all or nothing. */
    public Path saveCsv(Path file) {
        Table t = toTable();
        return OutputFiles.write(file, os -> t.write().csv(CsvWriteOptions.builder(os).build()));
    }

    /** The same database without the deals of other types. */
    public DealDatabase ofType(String type) {
        String t = type.toLowerCase(Locale.ROOT).replace('_', ' ');
        if (!TYPES.contains(t)) {
            throw new GvcException("deal type \"" + type + "\" is not one of " + String.join(", ", TYPES));
        }
        return new DealDatabase(deals.stream().filter(d -> d.type().equals(t)).toList());
    }

    @Override
    public String toString() {
        return "DealDatabase(" + deals.size() + " deals)";
    }
}
