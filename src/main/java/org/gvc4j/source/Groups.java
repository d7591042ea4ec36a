package org.gvc4j.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gvc4j.api.FileAccess;
import org.gvc4j.error.TableFormatException;
import org.gvc4j.error.UnknownLabelException;
import org.jspecify.annotations.Nullable;

/**
 * Which group each country or sector code goes to: from a map in code, a mapping file, or one shipped with gvc4j
 * ({@link #shipped(String)}). Used by {@link Aggregation}.
 *
 * <p>A mapping file is CSV: comment lines start with {@code #}; the first other line is the header
 * {@code code,group} or {@code code,group,from,to}; then one line per code. {@code from} and {@code to} are years
 * (inclusive, either may be empty): the line holds only for tables of those years (membership of a union, say), so such
 * a mapping needs the table's year. A line {@code *,GROUP} sends every code the file does not list to GROUP, and
 * {@code *,*} keeps such codes as they are. Without a {@code *} line, a code of the table the file does not list is an
 * error that names it; a code listed twice for the same year is an error that names both lines.
 */
public final class Groups {
    /** The mappings shipped in the jar, by name: the file {@code org/gvc4j/groups/NAME.csv}. */
    private static final List<String> SHIPPED = List.of("eu27", "eu-members", "oecd-icio-2016-sectors",
            "oecd-icio-2018-sectors", "oecd-icio-2021-sectors", "oecd-icio-2023-sectors", "wiod2013-sectors",
            "lrwiod-sectors");

    /** One line of a mapping: {@code code} to {@code group} for years {@code from..to} ({@code null}: open). */
    private record Line(String code, String group, @Nullable Integer from, @Nullable Integer to, int line) {
        boolean holds(@Nullable Integer year) {
            return year == null ? from == null && to == null
                    : (from == null || year >= from) && (to == null || year <= to);
        }

        boolean overlaps(Line o) {
            int a0 = from == null ? Integer.MIN_VALUE : from;
            int a1 = to == null ? Integer.MAX_VALUE : to;
            int b0 = o.from == null ? Integer.MIN_VALUE : o.from;
            int b1 = o.to == null ? Integer.MAX_VALUE : o.to;
            return a0 <= b1 && b0 <= a1;
        }
    }

    private final String source;
    private final List<Line> lines;
    private final @Nullable Integer year;

    private Groups(String source, List<Line> lines, @Nullable Integer year) {
        this.source = source;
        this.lines = List.copyOf(lines);
        this.year = year;
    }

    /** A mapping in code: every code of the table must be a key (codes map to themselves to stay as they are). */
    public static Groups of(Map<String, String> groups) {
        List<Line> out = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, String> e : groups.entrySet()) {
            k++;
            out.add(new Line(check(e.getKey(), "code", "a map in code", k), check(e.getValue(), "group", "a map in code",
                    k), null, null, k));
        }
        return new Groups("a map in code", out, null);
    }

    /** A mapping file (see the class comment for its layout). */
    @FileAccess
    public static Groups read(Path csv) {
        try {
            InputFiles.requireRegular(csv, csv.toString());
            try (InputStream in = java.nio.file.Files.newInputStream(csv)) {
                return parse(in, csv.toString());
            }
        } catch (IOException e) {
            throw new TableFormatException(csv + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * A mapping shipped with gvc4j ({@link #shippedNames()}): {@code eu27} (the 27 members since February 2020, others
     * kept), {@code eu-members} (membership by year, others kept), and the sector aggregates of the OECD ICIO editions,
     * WIOD 2013 (and ADB MRIO, which uses its 35 sectors) and long-run WIOD: agriculture, mining, manufacturing,
     * utilities, construction, services. Each file says where it comes from.
     */
    public static Groups shipped(String name) {
        String n = name.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.csv$", "");
        if (!SHIPPED.contains(n)) {
            throw new UnknownLabelException("no shipped mapping \"" + name + "\"; shipped: " + String.join(", ", SHIPPED));
        }
        try (InputStream in = Groups.class.getResourceAsStream("/org/gvc4j/groups/" + n + ".csv")) {
            if (in == null) {
                throw new IllegalStateException("shipped mapping " + n + " missing from the jar");
            }
            return parse(in, n + ".csv (shipped)");
        } catch (IOException e) {
            throw new TableFormatException(n + ".csv (shipped): cannot read: " + e.getMessage(), e);
        }
    }

    /** The names {@link #shipped(String)} takes. */
    public static List<String> shippedNames() {
        return SHIPPED;
    }

    /**
     * The mapping given by {@code nameOrFile}: a file that exists, or else a shipped mapping of that name (what the
     * command line's {@code --countries} and {@code --sectors} take).
     */
    @FileAccess
    public static Groups named(String nameOrFile) {
        Path p = Path.of(nameOrFile);
        if (java.nio.file.Files.exists(p) || nameOrFile.contains("/") || nameOrFile.endsWith(".csv")
                && !SHIPPED.contains(nameOrFile.replaceFirst("\\.csv$", ""))) {
            return read(p);
        }
        return shipped(nameOrFile);
    }

    /** The same mapping for tables of {@code year} (a mapping with year ranges needs it; a table's own year wins). */
    public Groups atYear(int y) {
        return new Groups(source, lines, y);
    }

    /** Whether some line holds only for some years. */
    public boolean dependsOnYear() {
        return lines.stream().anyMatch(l -> l.from() != null || l.to() != null);
    }

    /** Where the mapping comes from, for messages and load reports. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "Groups(" + source + ", " + lines.size() + " lines)";
    }

    private static Groups parse(InputStream in, String shown) throws IOException {
        TextCursor cur = new TextCursor(in, ',', shown);
        List<Line> out = new ArrayList<>();
        boolean header = false;
        boolean years = false;
        while (true) {
            List<String> f = new ArrayList<>();
            TextCursor.End e = cur.next();
            int line = cur.line();
            if (!cur.wasQuoted() && cur.text().stripLeading().startsWith("#")) {
                if (e == TextCursor.End.DELIMITER) {
                    cur.skipLine(); // a comment: the rest of its line is not fields
                }
                if (e == TextCursor.End.FILE) {
                    break;
                }
                continue;
            }
            f.add(cur.label("field"));
            while (e == TextCursor.End.DELIMITER) {
                e = cur.next();
                f.add(cur.label("field"));
            }
            boolean blank = f.size() == 1 && f.get(0).isEmpty();
            if (!blank) {
                if (!header) {
                    if (!f.equals(List.of("code", "group")) && !f.equals(List.of("code", "group", "from", "to"))) {
                        throw new TableFormatException(shown + " line " + line + ": the header must be \"code,group\" "
                                + "or \"code,group,from,to\", not \"" + String.join(",", f) + "\"");
                    }
                    header = true;
                    years = f.size() == 4;
                } else {
                    if (f.size() != (years ? 4 : 2)) {
                        throw new TableFormatException(shown + " line " + line + ": " + f.size() + " fields, but the "
                                + "header has " + (years ? 4 : 2));
                    }
                    Line l = new Line(check(f.get(0), "code", shown, line), check(f.get(1), "group", shown, line),
                            years ? year(f.get(2), shown, line) : null, years ? year(f.get(3), shown, line) : null, line);
                    if (l.from() != null && l.to() != null && l.from() > l.to()) {
                        throw new TableFormatException(shown + " line " + line + ": from " + l.from() + " is after to "
                                + l.to());
                    }
                    for (Line o : out) {
                        if (o.code().equals(l.code()) && o.overlaps(l)) {
                            throw new TableFormatException(shown + " line " + line + ": code \"" + l.code() + "\" is "
                                    + "mapped twice (line " + o.line() + " maps it to \"" + o.group() + "\"" + (years
                                    ? " for overlapping years" : "") + ")");
                        }
                    }
                    out.add(l);
                }
            }
            if (e == TextCursor.End.FILE) {
                break;
            }
        }
        if (!header) {
            throw new TableFormatException(shown + ": no header line \"code,group\" (an empty mapping)");
        }
        return new Groups(shown, out, null);
    }

    private static String check(@Nullable String s, String what, String shown, int line) {
        if (s == null || s.isBlank()) {
            throw new TableFormatException(shown + (shown.equals("a map in code") ? " entry " : " line ") + line + ": "
                    + "empty " + what);
        }
        String t = s.strip();
        if (what.equals("group") && t.contains(".")) {
            throw new TableFormatException(shown + (shown.equals("a map in code") ? " entry " : " line ") + line
                    + ": group \"" + t + "\" holds a '.', which separates country and sector in industry labels");
        }
        return t;
    }

    private static @Nullable Integer year(String s, String shown, int line) {
        if (s.isEmpty()) {
            return null;
        }
        if (!s.matches("\\d{4}")) {
            throw new TableFormatException(shown + " line " + line + ": \"" + NumberSyntax.printable(s) + "\" is not a year");
        }
        return Integer.valueOf(s);
    }

    /**
     * The group of every code of a table, in the table's order.
     *
     * @param tableYear the table's year, or {@code null} when it has none
     * @param what      {@code country} or {@code sector}, for messages
     * @throws TableFormatException naming unmapped codes, a mapping that needs a year the table does not have, or a
     *                              group named like another code of the table
     */
    Map<String, String> assign(List<String> codes, @Nullable Integer tableYear, String what) {
        Integer y = tableYear != null ? tableYear : year;
        if (y == null && dependsOnYear()) {
            throw new TableFormatException(source + ": this mapping depends on the year, and the table has none; give it "
                    + "(--year YYYY, or Groups.atYear(YYYY))");
        }
        Map<String, Line> byCode = new LinkedHashMap<>();
        Line wildcard = null;
        for (Line l : lines) {
            if (!l.holds(y)) {
                continue;
            }
            if (l.code().equals("*")) {
                wildcard = l;
            } else {
                byCode.put(l.code(), l);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        List<String> unmapped = new ArrayList<>();
        for (String c : codes) {
            Line l = byCode.get(c);
            if (l == null && wildcard != null) {
                out.put(c, wildcard.group().equals("*") ? c : wildcard.group());
            } else if (l == null) {
                unmapped.add(c);
            } else {
                out.put(c, l.group());
            }
        }
        if (!unmapped.isEmpty()) {
            String noun = unmapped.size() == 1 ? what : what.equals("country") ? "countries" : what + "s";
            throw new TableFormatException(source + ": no group for " + unmapped.size() + " " + noun + " "
                    + String.join(", ", unmapped.subList(0, Math.min(12, unmapped.size())))
                    + (unmapped.size() > 12 ? ", …" : "") + (y != null && dependsOnYear() ? " in " + y : "")
                    + " (list them, or add a line \"*,*\" to keep unlisted codes as they are)");
        }
        for (Map.Entry<String, String> e : out.entrySet()) {
            String g = e.getValue();
            if (codes.contains(g) && !out.get(g).equals(g)) {
                throw new TableFormatException(source + ": group \"" + g + "\" (of " + what + " " + e.getKey() + ") has the "
                        + "name of a " + what + " of the table that goes to \"" + out.get(g) + "\"; rename the group");
            }
        }
        return out;
    }

    /** Members of each group of {@code assigned} that has more than one, for the load report. */
    static String describe(Map<String, String> assigned) {
        Map<String, TreeSet<String>> members = new LinkedHashMap<>();
        assigned.forEach((code, g) -> members.computeIfAbsent(g, k -> new TreeSet<>()).add(code));
        StringBuilder b = new StringBuilder();
        members.forEach((g, m) -> {
            if (m.size() > 1 || !m.first().equals(g)) {
                b.append(b.length() == 0 ? "" : "; ").append(g).append(" = ").append(String.join(" + ", m));
            }
        });
        return b.length() == 0 ? "every code kept as it is" : b.toString();
    }
}
