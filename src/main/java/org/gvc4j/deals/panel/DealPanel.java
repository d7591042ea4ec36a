package org.gvc4j.deals.panel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gvc4j.error.GvcException;
import org.jspecify.annotations.Nullable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Deals as a dyad-year panel (the GVC Development Report 2025, §8.4 and Fig. 8.1), and the comparisons of §8.4.
 * An immutable specification, like {@link org.gvc4j.stats.Estimate}:
 *
 * <pre>{@code
 * DealPanel p = DealPanel.of(deals).years(2015, 2024).directed().fromEntryIntoForce();
 * Table rows = p.toTable();                 // exporter, importer, year, deal, deals, digital, critical_minerals, binding, ...
 * Table data = p.mergeInto(gravity);         // the gravity panel with the deal columns (0 where no deal)
 * Table fig81 = p.cumulative();              // dyad-years with a deal by year, and their running sum
 * }</pre>
 *
 * Rules: a plurilateral deal gives every pair of its parties; a party that accedes enters in its accession year, so
 * its pairs count from then on (a pair counts from the later of its two members' years); once a dyad has a deal it
 * keeps it (treatment persists; deals do not end); the start is the year of signing (default) or of entry into force
 * ({@link #fromEntryIntoForce()}: deals without one are left out, and said so in {@link #getNotes()}; an accession counts
 * from its year, or from entry into force if later). Undirected (default): one row per pair, {@code country_a <
 * country_b}; directed: both orders, {@code exporter} and {@code importer}. A dyad with several deals is one row per
 * year with the count.
 */
public final class DealPanel {
    /** Column names of the panel. */
    public static final String EXPORTER = "exporter";
    public static final String IMPORTER = "importer";
    public static final String COUNTRY_A = "country_a";
    public static final String COUNTRY_B = "country_b";
    public static final String YEAR = "year";
    /** 1 when the dyad has at least one deal in force that year. */
    public static final String DEAL = "deal";
    /** The number of deals in force for the dyad that year. */
    public static final String DEALS = "deals";
    /** The number of digital deals in force. */
    public static final String DIGITAL = "digital";
    /** The number of critical-minerals deals in force. */
    public static final String CRITICAL_MINERALS = "critical_minerals";
    /** 1 when one of the dyad's deals in force is coded binding. */
    public static final String BINDING = "binding";
    /** The first year the dyad had a deal. */
    public static final String DEAL_SINCE = "deal_since";
    /** The deals' names, separated by {@code ;}. */
    public static final String DEAL_NAMES = "deal_names";

    private final DealDatabase db;
    private final @Nullable Integer from;
    private final @Nullable Integer to;
    private final boolean directed;
    private final boolean entryIntoForce;
    private final String originKey;
    private final String destinationKey;
    private final String yearKey;

    private DealPanel(DealDatabase db, @Nullable Integer from, @Nullable Integer to, boolean directed,
                      boolean entryIntoForce, String originKey, String destinationKey, String yearKey) {
        this.db = db;
        this.from = from;
        this.to = to;
        this.directed = directed;
        this.entryIntoForce = entryIntoForce;
        this.originKey = originKey;
        this.destinationKey = destinationKey;
        this.yearKey = yearKey;
    }

    /** The panel of these deals: undirected, from signing, over the years from the first to the last start. */
    public static DealPanel of(DealDatabase deals) {
        return new DealPanel(deals, null, null, false, false, EXPORTER, IMPORTER, YEAR);
    }

    /** The years of the panel, both included. */
    public DealPanel years(int first, int last) {
        if (last < first) {
            throw new GvcException("years(" + first + ", " + last + "): the last year is before the first");
        }
        return new DealPanel(db, first, last, directed, entryIntoForce, originKey, destinationKey, yearKey);
    }

    /** Both orders of every pair ({@code exporter}, {@code importer}), as gravity data have them. */
    public DealPanel directed() {
        return new DealPanel(db, from, to, true, entryIntoForce, originKey, destinationKey, yearKey);
    }

    /** One row per pair ({@code country_a < country_b}): the default. */
    public DealPanel undirected() {
        return new DealPanel(db, from, to, false, entryIntoForce, originKey, destinationKey, yearKey);
    }

    /** Deals count from the year of signing: the default. */
    public DealPanel fromSigning() {
        return new DealPanel(db, from, to, directed, false, originKey, destinationKey, yearKey);
    }

    /** Deals count from the year of entry into force. */
    public DealPanel fromEntryIntoForce() {
        return new DealPanel(db, from, to, directed, true, originKey, destinationKey, yearKey);
    }

    /** Only deals of one type: {@code digital} or {@code critical minerals}. */
    public DealPanel ofType(String type) {
        return new DealPanel(db.ofType(type), from, to, directed, entryIntoForce, originKey, destinationKey, yearKey);
    }

    /**
     * The key columns of the dyad-year tables given to {@link #mergeInto}, {@link #rtaAtSigning} (default
     * {@code exporter}, {@code importer}, {@code year}).
     */
    public DealPanel withKeys(String origin, String destination, String year) {
        return new DealPanel(db, from, to, directed, entryIntoForce, origin, destination, year);
    }

    /** What was left out and why (deals without entry into force under {@link #fromEntryIntoForce()}). */
    public List<String> getNotes() {
        List<String> notes = new ArrayList<>();
        if (entryIntoForce) {
            for (Deal d : db.getDeals()) {
                if (d.entryIntoForce() == null) {
                    notes.add("\"" + d.name() + "\" has no entry into force: left out");
                }
            }
        }
        return notes;
    }

    // ---- the dyads --------------------------------------------------------------------------------------------------

    /** A deal's start for one pair. */
    private record Start(Deal deal, int year) {
    }

    /** Pairs (a < b, joined with a tab) and the starts of their deals, in the deals' order. */
    private Map<String, List<Start>> starts() {
        Map<String, List<Start>> out = new TreeMap<>();
        for (Deal d : db.getDeals()) {
            Integer base = entryIntoForce ? d.entryIntoForce() : Integer.valueOf(d.signed());
            if (base == null) {
                continue;
            }
            Map<String, Integer> joined = new LinkedHashMap<>();
            for (String p : d.parties()) {
                joined.put(p, base);
            }
            for (Deal.Accession a : d.accessions()) {
                joined.put(a.country(), Math.max(a.year(), base));
            }
            List<String> members = new ArrayList<>(joined.keySet());
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    String a = members.get(i);
                    String b = members.get(j);
                    int year = Math.max(joined.get(a), joined.get(b));
                    out.computeIfAbsent(pair(a, b), k -> new ArrayList<>()).add(new Start(d, year));
                }
            }
        }
        return out;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\t" + b : b + "\t" + a;
    }

    private int[] window(Map<String, List<Start>> starts) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (List<Start> ss : starts.values()) {
            for (Start s : ss) {
                lo = Math.min(lo, s.year());
                hi = Math.max(hi, s.year());
            }
        }
        if (from != null) {
            return new int[] {from, to};
        }
        if (lo > hi) {
            throw new GvcException("the panel has no deals" + (entryIntoForce ? " with an entry into force" : "")
                    + ": give years(first, last) or more deals");
        }
        return new int[] {lo, hi};
    }

    /** The deal columns of one dyad in one year. */
    private record Status(int deals, int digital, int minerals, int binding, int since, String names) {
        static final Status NONE = new Status(0, 0, 0, 0, 0, "");

        static Status of(@Nullable List<Start> starts, int year) {
            if (starts == null) {
                return NONE;
            }
            int n = 0;
            int dig = 0;
            int min = 0;
            int bind = 0;
            int since = Integer.MAX_VALUE;
            List<String> names = new ArrayList<>();
            for (Start s : starts) {
                since = Math.min(since, s.year());
                if (s.year() <= year) {
                    n++;
                    dig += s.deal().type().equals("digital") ? 1 : 0;
                    min += s.deal().type().equals("critical minerals") ? 1 : 0;
                    bind |= s.deal().isBinding() ? 1 : 0;
                    names.add(s.deal().name());
                }
            }
            return n == 0 ? NONE : new Status(n, dig, min, bind, since, String.join(";", names));
        }
    }

    /**
     * One row per dyad and year with at least one deal, in the panel's years: keys ({@code country_a, country_b} or
     * {@code exporter, importer}), {@code year}, {@code deal} (1), {@code deals}, {@code digital},
     * {@code critical_minerals}, {@code binding} (0/1), {@code deal_since}, {@code deal_names}. Sorted by the keys.
     */
    public Table toTable() {
        Map<String, List<Start>> starts = starts();
        int[] w = window(starts);
        StringColumn a = StringColumn.create(directed ? EXPORTER : COUNTRY_A);
        StringColumn b = StringColumn.create(directed ? IMPORTER : COUNTRY_B);
        IntColumn year = IntColumn.create(YEAR);
        IntColumn deal = IntColumn.create(DEAL);
        IntColumn deals = IntColumn.create(DEALS);
        IntColumn dig = IntColumn.create(DIGITAL);
        IntColumn min = IntColumn.create(CRITICAL_MINERALS);
        IntColumn bind = IntColumn.create(BINDING);
        IntColumn since = IntColumn.create(DEAL_SINCE);
        StringColumn names = StringColumn.create(DEAL_NAMES);
        List<String[]> keys = new ArrayList<>();
        for (String p : starts.keySet()) {
            String[] ab = p.split("\t");
            keys.add(ab);
            if (directed) {
                keys.add(new String[] {ab[1], ab[0]});
            }
        }
        keys.sort((x, y) -> x[0].equals(y[0]) ? x[1].compareTo(y[1]) : x[0].compareTo(y[0]));
        for (String[] k : keys) {
            List<Start> ss = starts.get(pair(k[0], k[1]));
            for (int y = w[0]; y <= w[1]; y++) {
                Status s = Status.of(ss, y);
                if (s.deals() == 0) {
                    continue;
                }
                a.append(k[0]);
                b.append(k[1]);
                year.append(y);
                deal.append(1);
                deals.append(s.deals());
                dig.append(s.digital());
                min.append(s.minerals());
                bind.append(s.binding());
                since.append(s.since());
                names.append(s.names());
            }
        }
        return Table.create("deal_panel", a, b, year, deal, deals, dig, min, bind, since, names);
    }

    /**
     * Fig. 8.1: per year of the panel, the dyads with a deal ({@code dyads}; {@code digital}, {@code critical_minerals}
     * by type) and the running sums from the first year ({@code cumulative}, {@code cumulative_digital},
     * {@code cumulative_critical_minerals}): dyad-years, not agreements. Directed panels count both orders.
     */
    public Table cumulative() {
        Table rows = toTable();
        int[] w = window(starts());
        IntColumn year = IntColumn.create(YEAR);
        IntColumn[] per = {IntColumn.create("dyads"), IntColumn.create(DIGITAL), IntColumn.create(CRITICAL_MINERALS)};
        IntColumn[] cum = {IntColumn.create("cumulative"), IntColumn.create("cumulative_digital"),
            IntColumn.create("cumulative_critical_minerals")};
        int[] count = new int[(w[1] - w[0] + 1) * 3];
        for (int r = 0; r < rows.rowCount(); r++) {
            int y = rows.intColumn(YEAR).getInt(r) - w[0];
            count[y * 3]++;
            count[y * 3 + 1] += rows.intColumn(DIGITAL).getInt(r) > 0 ? 1 : 0;
            count[y * 3 + 2] += rows.intColumn(CRITICAL_MINERALS).getInt(r) > 0 ? 1 : 0;
        }
        long[] run = new long[3];
        for (int y = w[0]; y <= w[1]; y++) {
            year.append(y);
            for (int k = 0; k < 3; k++) {
                int c = count[(y - w[0]) * 3 + k];
                run[k] += c;
                per[k].append(c);
                cum[k].append((int) run[k]);
            }
        }
        return Table.create("deal_dyad_years", year, per[0], per[1], per[2], cum[0], cum[1], cum[2]);
    }

    // ---- merging ---------------------------------------------------------------------------------------------------

    /**
     * A copy of a dyad-year table (a gravity panel) with the columns {@code deal, deals, digital, critical_minerals,
     * binding} added: the status of its dyad in its year by the panel's rules (for every row, whatever the panel's
     * years; 0 where there is no deal and on domestic rows). Keys: {@link #withKeys}. An undirected panel gives
     * both orders of a pair the same values.
     */
    public Table mergeInto(Table dyadYears) {
        Column<?> o = column(dyadYears, originKey);
        Column<?> d = column(dyadYears, destinationKey);
        Column<?> y = column(dyadYears, yearKey);
        for (String c : List.of(DEAL, DEALS, DIGITAL, CRITICAL_MINERALS, BINDING)) {
            if (dyadYears.columnNames().contains(c)) {
                throw new GvcException("the table already has a column \"" + c + "\": rename it before merging deals");
            }
        }
        Map<String, List<Start>> starts = starts();
        IntColumn deal = IntColumn.create(DEAL);
        IntColumn deals = IntColumn.create(DEALS);
        IntColumn dig = IntColumn.create(DIGITAL);
        IntColumn min = IntColumn.create(CRITICAL_MINERALS);
        IntColumn bind = IntColumn.create(BINDING);
        for (int r = 0; r < dyadYears.rowCount(); r++) {
            String a = key(o, r);
            String b = key(d, r);
            Status s = a.equals(b) ? Status.NONE : Status.of(starts.get(pair(a, b)), year(y, r));
            deal.append(s.deals() > 0 ? 1 : 0);
            deals.append(s.deals());
            dig.append(s.digital());
            min.append(s.minerals());
            bind.append(s.binding());
        }
        Table out = dyadYears.copy();
        out.setName(dyadYears.name() == null ? "merged" : dyadYears.name());
        return out.addColumns(deal, deals, dig, min, bind);
    }

    private static Column<?> column(Table t, String name) {
        if (!t.columnNames().contains(name)) {
            throw new GvcException("no column \"" + name + "\" in the table (columns: " + String.join(", ",
                    t.columnNames()) + "); name the key columns with withKeys(origin, destination, year)");
        }
        return t.column(name);
    }

    private static String key(Column<?> c, int r) {
        return c.isMissing(r) ? "" : c.getString(r).strip().toUpperCase(Locale.ROOT);
    }

    private int year(Column<?> c, int r) {
        String v = c.isMissing(r) ? "" : c.getString(r).strip();
        try {
            double x = Double.parseDouble(v);
            if (x == Math.rint(x)) {
                return (int) x;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new GvcException("column \"" + yearKey + "\", row " + (r + 1) + ": \"" + v + "\" is not a year");
    }

    // ---- the comparisons of §8.4 -----------------------------------------------------------------------------------

    /**
     * Whether deal dyads already had a regional trade agreement when their deal was signed, against dyads without a
     * deal. Each deal dyad (a pair in a deal, at the year it joined the deal by signing or accession; a pair in two
     * deals counts twice) is looked up in {@code gravity} at its latest year not after signing (either direction);
     * those without such a row are counted as {@code no_data}. Non-deal dyads: the pairs of {@code gravity} that never
     * have a deal, each looked up the same way at every year in which some deal dyad was signed, pooled. Columns:
     * {@code group} ({@code deal dyads}, {@code non-deal dyads}), {@code observations}, {@code with_rta},
     * {@code share}, {@code no_data}.
     */
    public Table rtaAtSigning(Table gravity, String rtaColumn) {
        Column<?> o = column(gravity, originKey);
        Column<?> d = column(gravity, destinationKey);
        Column<?> y = column(gravity, yearKey);
        Column<?> rta = column(gravity, rtaColumn);
        Map<String, TreeMap<Integer, Boolean>> history = new HashMap<>();
        for (int r = 0; r < gravity.rowCount(); r++) {
            String a = key(o, r);
            String b = key(d, r);
            if (a.equals(b) || rta.isMissing(r)) {
                continue;
            }
            boolean has = Double.parseDouble(rta.getString(r)) > 0;
            history.computeIfAbsent(pair(a, b), k -> new TreeMap<>()).merge(year(y, r), has, Boolean::logicalOr);
        }
        DealPanel signing = fromSigning();
        Map<String, List<Start>> starts = signing.starts();
        int[] deal = new int[3];
        Map<Integer, Integer> years = new TreeMap<>();
        for (Map.Entry<String, List<Start>> e : starts.entrySet()) {
            for (Start s : e.getValue()) {
                Boolean had = at(history.get(e.getKey()), s.year());
                if (had == null) {
                    deal[2]++;
                } else {
                    deal[0]++;
                    deal[1] += had ? 1 : 0;
                }
                years.merge(s.year(), 1, Integer::sum);
            }
        }
        int[] non = new int[3];
        for (Map.Entry<String, TreeMap<Integer, Boolean>> e : history.entrySet()) {
            if (starts.containsKey(e.getKey())) {
                continue;
            }
            for (int year : years.keySet()) {
                Boolean had = at(e.getValue(), year);
                if (had == null) {
                    non[2]++;
                } else {
                    non[0]++;
                    non[1] += had ? 1 : 0;
                }
            }
        }
        StringColumn group = StringColumn.create("group", "deal dyads", "non-deal dyads");
        IntColumn obs = IntColumn.create("observations", deal[0], non[0]);
        IntColumn with = IntColumn.create("with_rta", deal[1], non[1]);
        DoubleColumn share = DoubleColumn.create("share", share(deal[1], deal[0]), share(non[1], non[0]));
        IntColumn none = IntColumn.create("no_data", deal[2], non[2]);
        return Table.create("rta_at_signing", group, obs, with, share, none);
    }

    private static @Nullable Boolean at(@Nullable TreeMap<Integer, Boolean> h, int year) {
        if (h == null) {
            return null;
        }
        Map.Entry<Integer, Boolean> e = h.floorEntry(year);
        return e == null ? null : e.getValue();
    }

    private static double share(int k, int n) {
        return n == 0 ? Double.NaN : (double) k / n;
    }

    /**
     * Whether deal dyads share a bloc (a customs union, a regional group, ...) more often than other dyads.
     * {@code blocs} has columns {@code country} and {@code bloc}, a row per membership (a country may be in several).
     * Deal dyads: the pairs with a deal at any time (under the panel's timing, whatever its years); other dyads: the
     * other pairs of countries named in {@code blocs} or in the deals. Columns: {@code group}, {@code dyads},
     * {@code shared_bloc}, {@code share}.
     */
    public Table sharedBloc(Table blocs) {
        Column<?> c = column(blocs, "country");
        Column<?> g = column(blocs, "bloc");
        Map<String, Set<String>> member = new HashMap<>();
        for (int r = 0; r < blocs.rowCount(); r++) {
            String k = key(c, r);
            if (!k.isEmpty() && !g.isMissing(r)) {
                member.computeIfAbsent(k, x -> new HashSet<>()).add(g.getString(r).strip());
            }
        }
        Set<String> dealPairs = starts().keySet();
        Set<String> countries = new TreeSet<>(member.keySet());
        for (String p : dealPairs) {
            countries.addAll(List.of(p.split("\t")));
        }
        int[] deal = new int[2];
        int[] other = new int[2];
        List<String> cs = new ArrayList<>(countries);
        for (int i = 0; i < cs.size(); i++) {
            for (int j = i + 1; j < cs.size(); j++) {
                Set<String> x = member.getOrDefault(cs.get(i), Set.of());
                boolean shared = false;
                for (String b : member.getOrDefault(cs.get(j), Set.of())) {
                    shared |= x.contains(b);
                }
                int[] grp = dealPairs.contains(pair(cs.get(i), cs.get(j))) ? deal : other;
                grp[0]++;
                grp[1] += shared ? 1 : 0;
            }
        }
        return Table.create("shared_bloc", StringColumn.create("group", "deal dyads", "non-deal dyads"),
                IntColumn.create("dyads", deal[0], other[0]), IntColumn.create("shared_bloc", deal[1], other[1]),
                DoubleColumn.create("share", share(deal[1], deal[0]), share(other[1], other[0])));
    }

    /**
     * Deal dyads by North/South class, from a mapping of countries to {@code North} or {@code South} (columns
     * {@code country}, {@code group}): {@code North-North}, {@code North-South}, {@code South-South},
     * {@code unclassified} (a member not in the mapping). Columns: {@code class}, {@code deal_dyads},
     * {@code share_of_deal_dyads}, {@code all_dyads} (pairs of mapped countries), {@code share_of_all_dyads}.
     */
    public Table northSouth(Table groups) {
        Column<?> c = column(groups, "country");
        Column<?> g = column(groups, "group");
        Map<String, String> map = new HashMap<>();
        for (int r = 0; r < groups.rowCount(); r++) {
            map.put(key(c, r), g.isMissing(r) ? "" : g.getString(r).strip());
        }
        return northSouth(map);
    }

    /** The same from a map of country code to {@code North} or {@code South}. */
    public Table northSouth(Map<String, String> groups) {
        Map<String, String> ns = new HashMap<>();
        for (Map.Entry<String, String> e : groups.entrySet()) {
            String v = e.getValue().strip().toLowerCase(Locale.ROOT);
            if (!v.equals("north") && !v.equals("south")) {
                throw new GvcException("North/South mapping: " + e.getKey() + " is \"" + e.getValue()
                        + "\", expected North or South");
            }
            ns.put(e.getKey().strip().toUpperCase(Locale.ROOT), v.equals("north") ? "North" : "South");
        }
        List<String> classes = List.of("North-North", "North-South", "South-South", "unclassified");
        int[] deal = new int[4];
        int[] all = new int[4];
        for (String p : starts().keySet()) {
            String[] ab = p.split("\t");
            deal[classOf(ns.get(ab[0]), ns.get(ab[1]))]++;
        }
        List<String> cs = new ArrayList<>(new TreeSet<>(ns.keySet()));
        for (int i = 0; i < cs.size(); i++) {
            for (int j = i + 1; j < cs.size(); j++) {
                all[classOf(ns.get(cs.get(i)), ns.get(cs.get(j)))]++;
            }
        }
        int nd = deal[0] + deal[1] + deal[2] + deal[3];
        int na = all[0] + all[1] + all[2] + all[3];
        StringColumn cls = StringColumn.create("class");
        IntColumn dd = IntColumn.create("deal_dyads");
        DoubleColumn ds = DoubleColumn.create("share_of_deal_dyads");
        IntColumn ad = IntColumn.create("all_dyads");
        DoubleColumn as = DoubleColumn.create("share_of_all_dyads");
        for (int k = 0; k < 4; k++) {
            cls.append(classes.get(k));
            dd.append(deal[k]);
            ds.append(share(deal[k], nd));
            ad.append(all[k]);
            as.append(share(all[k], na));
        }
        return Table.create("north_south", cls, dd, ds, ad, as);
    }

    private static int classOf(@Nullable String a, @Nullable String b) {
        if (a == null || b == null) {
            return 3;
        }
        return a.equals(b) ? (a.equals("North") ? 0 : 2) : 1;
    }

    @Override
    public String toString() {
        return "DealPanel(" + db.getDeals().size() + " deals, " + (directed ? "directed" : "undirected") + ", from "
                + (entryIntoForce ? "entry into force" : "signing") + (from == null ? "" : ", " + from + "-" + to) + ")";
    }
}
