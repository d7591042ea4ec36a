package org.gvc4j.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gvc4j.error.InvalidTableException;
import org.gvc4j.error.UnknownLabelException;

/**
 * Country and sector names of a table, in country-major order: industry index {@code s * N + i} is country s,
 * sector i (0-based internally; the public API also accepts 1-based country numbers, as the seed does).
 */
public final class Labels {
    private final List<String> countries;
    private final List<String> sectors;

    /**
     * The most cells one Java array holds; a table's n×n matrices (Z, A, the Leontief inverse) are each one array of
     * n² doubles.
     */
    public static final long MAX_CELLS = Integer.MAX_VALUE - 8L;

    /** The most industries (countries × sectors) a table may have: the largest n with n² ≤ {@link #MAX_CELLS}. */
    public static final int MAX_INDUSTRIES = (int) Math.floor(Math.sqrt((double) MAX_CELLS));

    public Labels(List<String> countries, List<String> sectors) {
        this(countries, sectors, "the table");
    }

    /**
     * @param where names the source in error messages (a file)
     * @throws InvalidTableException when there are no countries or sectors, names repeat, or countries × sectors
     *                               industries are more than {@link #MAX_INDUSTRIES} (checked in long arithmetic
     *                               before anything is allocated for them)
     */
    public Labels(List<String> countries, List<String> sectors, String where) {
        requireSize(countries.size(), sectors.size(), where);
        this.countries = List.copyOf(countries);
        this.sectors = List.copyOf(sectors);
        if (this.countries.isEmpty()) {
            throw new InvalidTableException("a table needs at least one country");
        }
        if (this.sectors.isEmpty()) {
            throw new InvalidTableException("a table needs at least one sector");
        }
        requireDistinct(this.countries, "country");
        requireDistinct(this.sectors, "sector");
    }

    /**
     * Refuses a table whose n×n matrices could not be held: n = countries × sectors and n² are computed as longs, so
     * that huge label counts give this message instead of an integer overflow or a huge allocation.
     */
    public static void requireSize(long countries, long sectors, String where) {
        long n = countries * sectors; // both at most 2^31: no long overflow (n * n may overflow: a BigInteger)
        if (n > MAX_INDUSTRIES) {
            throw new InvalidTableException(String.format(Locale.ROOT, "%s: %,d countries × %,d sectors = %,d industries "
                    + "are too many: each n×n matrix would need %,d cells, more than one Java array holds (%,d); gvc4j "
                    + "reads tables of at most %,d industries", where, countries, sectors, n,
                    java.math.BigInteger.valueOf(n).pow(2), MAX_CELLS, MAX_INDUSTRIES));
        }
    }

    private static void requireDistinct(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        java.util.Map<String, String> byCase = new java.util.HashMap<>();
        for (String s : names) {
            if (s == null || s.isBlank()) {
                throw new InvalidTableException("empty " + what + " name");
            }
            if (!seen.add(s)) {
                throw new InvalidTableException("duplicate " + what + " \"" + s + "\"");
            }
            String other = byCase.putIfAbsent(s.toLowerCase(Locale.ROOT), s);
            if (other != null) {
                throw new InvalidTableException(what + " names \"" + other + "\" and \"" + s + "\" differ only by case; "
                        + "names are matched ignoring case, so rename one of them");
            }
        }
    }

    /**
     * Splits industry labels {@code COUNTRY.SECTOR} (split at the first dot) and checks that they are country-major
     * with the same sectors in the same order for every country.
     *
     * @param where names the source in error messages (a file)
     */
    public static Labels fromIndustryLabels(List<String> labels, String where) {
        if (labels.size() > MAX_INDUSTRIES) {
            long n = labels.size();
            throw new InvalidTableException(String.format(Locale.ROOT, "%s: %,d industry labels are too many: each n×n "
                    + "matrix would need %,d cells, more than one Java array holds (%,d); gvc4j reads tables of at most "
                    + "%,d industries", where, n, n * n, MAX_CELLS, MAX_INDUSTRIES));
        }
        Set<String> seen = new HashSet<>();
        List<String> countries = new ArrayList<>();
        List<String> sectorsOfFirst = new ArrayList<>();
        List<String[]> split = new ArrayList<>();
        for (String l : labels) {
            if (!seen.add(l)) {
                throw new InvalidTableException(where + ": duplicate industry label \"" + l + "\"");
            }
            int dot = l.indexOf('.');
            if (dot <= 0 || dot == l.length() - 1) {
                throw new InvalidTableException(where + ": industry label \"" + l
                        + "\" is not COUNTRY.SECTOR (for example China.Primary)");
            }
            split.add(new String[] {l.substring(0, dot), l.substring(dot + 1)});
        }
        for (String[] cs : split) {
            if (countries.isEmpty() || !countries.get(countries.size() - 1).equals(cs[0])) {
                if (countries.contains(cs[0])) {
                    throw new InvalidTableException(where + ": rows of country \"" + cs[0]
                            + "\" are not contiguous; industries must be in country-major order");
                }
                countries.add(cs[0]);
            }
            if (countries.size() == 1) {
                sectorsOfFirst.add(cs[1]);
            }
        }
        int nSec = sectorsOfFirst.size();
        if (split.size() != countries.size() * nSec) {
            throw new InvalidTableException(where + ": " + split.size() + " industries for " + countries.size()
                    + " countries and " + nSec + " sectors; every country needs the same sectors");
        }
        for (int k = 0; k < split.size(); k++) {
            String expected = sectorsOfFirst.get(k % nSec);
            if (!split.get(k)[1].equals(expected)) {
                throw new InvalidTableException(where + ": industry " + (k + 1) + " is \"" + labels.get(k)
                        + "\" but sector \"" + expected + "\" was expected there (sectors must repeat in the same order "
                        + "for every country)");
            }
        }
        return new Labels(countries, sectorsOfFirst, where);
    }

    public List<String> countries() {
        return countries;
    }

    public List<String> sectors() {
        return sectors;
    }

    /** G. */
    public int countryCount() {
        return countries.size();
    }

    /** N. */
    public int sectorCount() {
        return sectors.size();
    }

    /** n = G·N. */
    public int size() {
        return countries.size() * sectors.size(); // at most MAX_INDUSTRIES, checked when made
    }

    public String country(int s) {
        return countries.get(s);
    }

    public String sector(int i) {
        return sectors.get(i);
    }

    /** "COUNTRY.SECTOR" of industry k (0-based). */
    public String industry(int k) {
        int n = sectors.size();
        return countries.get(k / n) + "." + sectors.get(k % n);
    }

    /**
     * 0-based index of a country given by name, by the one rule for names ({@link #find}).
     *
     * @param role how the caller uses it ("exporter", "importer", "country"), for the message
     * @throws UnknownLabelException naming the valid countries and the closest match
     */
    public int countryIndex(String name, String role) {
        return find(countries, name, role, "countries");
    }

    /** 0-based index of a country given by its 1-based number, as in the seed. */
    public int countryIndex(int oneBased, String role) {
        if (oneBased < 1 || oneBased > countries.size()) {
            throw new UnknownLabelException("Unknown " + role + " number " + oneBased + ": countries are numbered 1 to "
                    + countries.size() + " (" + String.join(", ", countries) + ")");
        }
        return oneBased - 1;
    }

    /** 0-based index of a sector given by name, by the one rule for names ({@link #find}). */
    public int sectorIndex(String name) {
        return find(sectors, name, "sector", "sectors");
    }

    /**
     * The one rule by which gvc4j finds a country, a sector or a key value by name: the exact name, else the name
     * that equals it ignoring case (unique, since a table's names may not differ only by case), else an
     * {@link UnknownLabelException}: {@code Unknown exporter "Chnia" (did you mean CHN?). Valid countries: DEU, ...}.
     *
     * @param names the valid names
     * @param role  what the name stands for in the call ("exporter", "sector", ...), for the message
     * @param valid what the valid names are ("countries", "sectors", "importer values in this result")
     * @return the index of the name in {@code names}
     */
    public static int find(List<String> names, String name, String role, String valid) {
        int k = names.indexOf(name);
        if (k >= 0) {
            return k;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new UnknownLabelException("Unknown " + role + " \"" + name + "\"" + suggestion(name, names)
                + ". Valid " + valid + ": " + String.join(", ", names));
    }

    private static String suggestion(String name, List<String> valid) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return valid.stream()
                .min(Comparator.comparingInt(v -> distance(lower, v.toLowerCase(Locale.ROOT))))
                .filter(best -> distance(lower, best.toLowerCase(Locale.ROOT)) <= Math.max(2, lower.length() / 3))
                .map(best -> " (did you mean " + best + "?)")
                .orElse("");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
