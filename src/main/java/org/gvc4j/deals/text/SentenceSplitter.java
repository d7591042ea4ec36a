package org.gvc4j.deals.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits a block of agreement text into sentences, keeping each sentence's place in the source so that evidence is
 * always a verbatim substring. Built for what treaty texts from OCR look like:
 * <ul>
 *   <li><b>broken lines</b>: a single line break never ends a sentence; nor does a blank line when the text before it
 *   has no closing punctuation and the text after it starts in lower case (double-spaced OCR);</li>
 *   <li><b>stray hyphens</b>: {@code obli-⏎gation} and {@code obli- gation} read as {@code obligation} (not before
 *   {@code and}/{@code or}/{@code to}: {@code medium- and long-term} stays); soft hyphens are dropped;</li>
 *   <li><b>OCR noise</b>: lines holding only a page number ({@code 12}, {@code - 12 -}, {@code Page 3 of 10}) are
 *   skipped; ligatures ({@code ﬁ}), typographic quotes and non-breaking spaces are made plain;</li>
 *   <li><b>lists</b>: each item ({@code 1.}, {@code (a)}, {@code (iv)}, {@code a)}, {@code -}, {@code •}, inline
 *   {@code ; (b)} too) is its own sentence without its marker, and remembers the sentence that introduced the list
 *   ({@code The Parties shall:}) as its lead-in;</li>
 *   <li><b>abbreviations</b>: {@code Art. 5}, {@code No. 3}, {@code e.g.}, {@code U.S.} do not end sentences;</li>
 *   <li><b>headings</b> ({@code ARTICLE 5}, {@code Chapter III Dispute Settlement}, with a title on the next line)
 *   are returned as headings, not sentences.</li>
 * </ul>
 */
public final class SentenceSplitter {
    /** Sentences longer than this are cut at semicolons (tariff schedules and lists without full stops). */
    static final int MAX_SENTENCE = 1500;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[-–—\\s]*\\d{1,4}[-–—\\s]*|(?:page|p\\.)\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?");
    private static final Pattern HEADING = Pattern.compile(
            "(?:ARTICLE|Article|CHAPTER|Chapter|SECTION|Section|PART|Part|ANNEX|Annex|APPENDIX|Appendix|SCHEDULE|Schedule)"
                    + "\\s+(?:[0-9]+(?:\\.[0-9]+)*|[IVXLC]+|[A-Z]|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|[A-Z]+TEEN"
                    + "|TWENTY(?:[ -][A-Z]+)?|THIRTY(?:[ -][A-Z]+)?)\\b[.:]?(?:\\s+[^.;]{0,90})?");
    private static final String MARKER = "(?:\\(?\\d{1,3}[.)]|\\d{1,3}(?:\\.\\d{1,3})+\\.?|\\(?[a-z]{1,2}\\)|\\([ivxlc]{1,6}\\)"
            + "|[ivxlc]{1,6}\\)|[a-z]\\.|[-–—•·*▪●○◦])";
    private static final Pattern MARKER_ONLY = Pattern.compile(MARKER);
    private static final Pattern LIST_START = Pattern.compile(MARKER + "[ \\t\\u00A0]+(?=\\S)|[-–—•·▪●○◦](?=\\p{Lu})");
    private static final Pattern LEADING_MARKER = Pattern.compile("^(?:" + MARKER + "\\s+|[-–—•·▪●○◦](?=\\p{Lu}))");
    private static final Pattern INLINE_ITEM = Pattern.compile(
            "[:;] (?:(?:and|or) )?(\\((?:[a-z]{1,2}|[ivxlc]{1,6}|\\d{1,2})\\)) ");
    private static final Set<String> ABBREVIATIONS = Set.of("art", "arts", "no", "nos", "para", "paras", "sec", "secs",
            "subpara", "e.g", "i.e", "etc.,", "mr", "mrs", "ms", "dr", "st", "co", "inc", "ltd", "corp", "vol", "p", "pp",
            "ch", "cf", "viz", "approx", "fig", "figs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "ref", "reg", "doc", "rev", "annex.", "op", "cit", "ibid", "hon", "excl", "incl", "dept");
    private static final Set<String> KEEP_HYPHEN_BEFORE = Set.of("and", "or", "to", "nor", "as");

    private SentenceSplitter() {
    }

    /**
     * A piece of the block: a sentence or a heading.
     *
     * @param start      offset of its first character in the block
     * @param end        offset after its last character
     * @param normalized its text as the rules read it
     * @param leadIn     for a list item, the sentence introducing the list (normalized), else null
     * @param heading    true for a heading line such as {@code ARTICLE 5}
     */
    public record Span(int start, int end, String normalized, @Nullable String leadIn, boolean heading) {
    }

    private enum Kind { BLANK, NOISE, HEADING, MARKER_ONLY, LIST, TEXT }

    /** A run of lines read as one paragraph or list item. */
    private static final class Unit {
        final int start;
        int end;
        final boolean listItem;
        final boolean heading;
        final List<int[]> skips = new ArrayList<>();

        Unit(int start, int end, boolean listItem, boolean heading) {
            this.start = start;
            this.end = end;
            this.listItem = listItem;
            this.heading = heading;
        }
    }

    /** Splits a block (an article, a page, a whole plain-text file) into sentences and headings, in order. */
    public static List<Span> split(String block) {
        List<Unit> units = units(block);
        List<Span> out = new ArrayList<>();
        String leadIn = null;
        for (Unit u : units) {
            Norm norm = normalize(block, u);
            String n = norm.text();
            int[] map = norm.map();
            if (n.isEmpty()) {
                continue;
            }
            if (u.heading) {
                out.add(new Span(u.start, raw(map, n.length() - 1) + 1, n, null, true));
                leadIn = null;
                continue;
            }
            if (!u.listItem) {
                leadIn = null;
            }
            boolean item = u.listItem;
            for (int[] s : sentences(n)) {
                int a = s[0];
                int b = s[1];
                boolean inlineItem = s[2] == 1;
                Matcher lm = LEADING_MARKER.matcher(n.substring(a, b));
                if (lm.find() && lm.end() < b - a) {
                    a += lm.end();
                }
                while (a < b && n.charAt(a) == ' ') {
                    a++;
                }
                while (b > a && n.charAt(b - 1) == ' ') {
                    b--;
                }
                if (!hasLetter(n, a, b)) {
                    continue;
                }
                String text = n.substring(a, b);
                boolean isItem = item || inlineItem;
                String myLeadIn = isItem ? leadIn : null;
                out.add(new Span(raw(map, a), raw(map, b - 1) + 1, text, myLeadIn, false));
                if (text.endsWith(":")) {
                    leadIn = myLeadIn != null ? myLeadIn + " " + text : text;
                } else if (!isItem) {
                    leadIn = null;
                }
                item = false;
            }
        }
        return out;
    }

    private static int raw(int[] map, int i) {
        return map[i];
    }

    private static boolean hasLetter(String s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    // ---- lines into units ---------------------------------------------------------------------------------------

    private static List<Unit> units(String s) {
        List<Unit> units = new ArrayList<>();
        Unit cur = null;
        Unit heading = null;
        boolean gap = false;
        boolean pendingMarker = false;
        int i = 0;
        int len = s.length();
        while (i < len) {
            int ls = i;
            while (i < len && !isBreak(s.charAt(i))) {
                i++;
            }
            int le = i;
            if (i < len) {
                if (s.charAt(i) == '\r' && i + 1 < len && s.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
            }
            String line = s.substring(ls, le).replace('\u00A0', ' ');
            String t = line.strip();
            Kind k = classify(t);
            int cs = ls + indexOfNonSpace(line);
            switch (k) {
                case BLANK -> {
                    gap = cur != null || gap;
                    heading = null;
                }
                case NOISE -> {
                    if (cur != null) {
                        cur.skips.add(new int[] {ls, le});
                    }
                }
                case HEADING -> {
                    cur = null;
                    gap = false;
                    pendingMarker = false;
                    heading = new Unit(cs, ls + line.stripTrailing().length(), false, true);
                    units.add(heading);
                    continue;
                }
                case MARKER_ONLY -> {
                    cur = null;
                    gap = false;
                    heading = null;
                    pendingMarker = true;
                }
                case LIST -> {
                    Matcher m = LIST_START.matcher(line);
                    m.find(indexOfNonSpace(line));
                    cur = new Unit(ls + m.end(), ls + line.stripTrailing().length(), true, false);
                    units.add(cur);
                    gap = false;
                    heading = null;
                    pendingMarker = false;
                }
                default -> {
                    int end = ls + line.stripTrailing().length();
                    if (heading != null && t.length() <= 80 && Character.isUpperCase(t.charAt(0))
                            && ".;:,".indexOf(t.charAt(t.length() - 1)) < 0) {
                        heading.end = end; // the heading's title on its own line
                        heading = null;
                        continue;
                    }
                    heading = null;
                    boolean continues = cur != null && (!gap || (!endsSentence(s, cur.end)
                            && Character.isLowerCase(t.charAt(0))));
                    if (continues) {
                        cur.end = end;
                    } else {
                        cur = new Unit(cs, end, pendingMarker, false);
                        units.add(cur);
                    }
                    pendingMarker = false;
                    gap = false;
                }
            }
            if (k != Kind.BLANK && k != Kind.NOISE) {
                gap = false;
            }
        }
        return units;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029';
    }

    private static int indexOfNonSpace(String line) {
        int j = 0;
        while (j < line.length() && Character.isWhitespace(line.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean endsSentence(String s, int end) {
        int j = end - 1;
        while (j >= 0 && Character.isWhitespace(s.charAt(j))) {
            j--;
        }
        return j >= 0 && ".;:!?".indexOf(s.charAt(j)) >= 0;
    }

    private static Kind classify(String t) {
        if (t.isEmpty()) {
            return Kind.BLANK;
        }
        if (PAGE_NUMBER.matcher(t).matches()) {
            return Kind.NOISE;
        }
        if (t.length() <= 120 && HEADING.matcher(t).matches() && !t.toLowerCase(Locale.ROOT).contains(" shall ")) {
            return Kind.HEADING;
        }
        if (MARKER_ONLY.matcher(t).matches()) {
            return Kind.MARKER_ONLY;
        }
        if (LIST_START.matcher(t).lookingAt()) {
            return Kind.LIST;
        }
        return Kind.TEXT;
    }

    // ---- normalizing a unit ---------------------------------------------------------------------------------------

    /** A unit's normalized text and, for each of its characters, the offset in the block it came from. */
    private record Norm(String text, int[] map) {
    }

    private static Norm normalize(String s, Unit u) {
        StringBuilder n = new StringBuilder(u.end - u.start);
        int[] m = new int[u.end - u.start + 1];
        boolean space = false;
        int skip = 0;
        for (int i = u.start; i < u.end; i++) {
            if (skip < u.skips.size() && i >= u.skips.get(skip)[0]) {
                i = u.skips.get(skip)[1] - 1;
                skip++;
                space = true;
                continue;
            }
            char c = s.charAt(i);
            if (isBreak(c) || Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                if (strayHyphen(n, s, i + 1, u.end, isBreak(c))) {
                    n.setLength(n.length() - 1);
                    int j = i + 1;
                    while (j < u.end && (Character.isWhitespace(s.charAt(j)) || s.charAt(j) == '\u00A0')) {
                        j++;
                    }
                    i = j - 1;
                    space = false;
                    continue;
                }
                space = true;
                continue;
            }
            if (c == '\u00AD') {
                continue;
            }
            if (space && n.length() > 0) {
                m = put(n, m, ' ', i - 1);
            }
            space = false;
            switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u2032' -> m = put(n, m, '\'', i);
                case '\u201C', '\u201D', '\u201F', '\u2033' -> m = put(n, m, '"', i);
                default -> {
                    if (c >= '\uFB00' && c <= '\uFB06') {
                        for (char d : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).toCharArray()) {
                            m = put(n, m, d, i);
                        }
                    } else {
                        m = put(n, m, c, i);
                    }
                }
            }
        }
        return new Norm(n.toString(), m);
    }

    private static int[] put(StringBuilder n, int[] map, char c, int raw) {
        if (n.length() >= map.length) {
            map = java.util.Arrays.copyOf(map, map.length * 2 + 8);
        }
        map[n.length()] = raw;
        n.append(c);
        return map;
    }

    /** A hyphen at the end of {@code n}, after a letter, followed (after the blank) by a lower-case word to join. */
    private static boolean strayHyphen(StringBuilder n, String s, int from, int end, boolean lineBreak) {
        int k = n.length();
        if (k < 2 || n.charAt(k - 1) != '-' || !Character.isLetter(n.charAt(k - 2))) {
            return false;
        }
        int j = from;
        while (j < end && (Character.isWhitespace(s.charAt(j)) || s.charAt(j) == '\u00A0')) {
            j++;
        }
        if (j >= end || !Character.isLowerCase(s.charAt(j))) {
            return false;
        }
        int w = j;
        while (w < end && Character.isLetter(s.charAt(w))) {
            w++;
        }
        String next = s.substring(j, w);
        return !KEEP_HYPHEN_BEFORE.contains(next) && (lineBreak || !next.isEmpty());
    }

    // ---- sentences within a unit ----------------------------------------------------------------------------------

    /** Sentence ranges {start, end, inlineItem} in the normalized text. */
    private static List<int[]> sentences(String n) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        boolean inline = false;
        int len = n.length();
        Matcher item = INLINE_ITEM.matcher(n);
        int nextItem = item.find() ? item.start() : -1;
        for (int i = 0; i < len; i++) {
            char c = n.charAt(i);
            if (i == nextItem) {
                // "...: (a) ..." or "...; and (b) ...": the item starts at its marker
                int to = c == ':' || c == ';' ? i + 1 : i;
                add(out, n, start, to, inline);
                start = item.start(1);
                inline = true;
                i = item.start(1) - 1;
                nextItem = item.find(item.end() - 1) ? item.start() : -1;
                continue;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int j = i + 1;
            while (j < len && ")]\"'".indexOf(n.charAt(j)) >= 0) {
                j++;
            }
            if (c == '.' && j + 1 < len && j == i + 1 && Character.isUpperCase(n.charAt(j))
                    && Character.isLowerCase(n.charAt(j + 1)) && i >= 3 && Character.isLowerCase(n.charAt(i - 1))
                    && Character.isLowerCase(n.charAt(i - 2)) && Character.isLowerCase(n.charAt(i - 3))
                    && !abbreviation(n, i)) {
                // "completed.It shall": a full stop whose space OCR lost
                add(out, n, start, j, inline);
                start = j;
                inline = false;
                continue;
            }
            if (j + 1 >= len || n.charAt(j) != ' ') {
                continue;
            }
            char next = n.charAt(j + 1);
            boolean opens = Character.isUpperCase(next) || Character.isDigit(next) || "(\"'[•-–".indexOf(next) >= 0;
            if (!opens || (c == '.' && abbreviation(n, i))) {
                continue;
            }
            add(out, n, start, j, inline);
            start = j + 1;
            inline = false;
        }
        add(out, n, start, len, inline);
        return out;
    }

    private static void add(List<int[]> out, String n, int a, int b, boolean inline) {
        if (b <= a) {
            return;
        }
        if (b - a <= MAX_SENTENCE) {
            out.add(new int[] {a, b, inline ? 1 : 0});
            return;
        }
        int s = a;
        while (b - s > MAX_SENTENCE) {
            int cut = n.lastIndexOf("; ", s + MAX_SENTENCE);
            if (cut <= s) {
                cut = n.lastIndexOf(' ', s + MAX_SENTENCE);
            }
            if (cut <= s) {
                cut = s + MAX_SENTENCE - 1;
            }
            out.add(new int[] {s, cut + 1, inline ? 1 : 0});
            s = cut + 1;
        }
        out.add(new int[] {s, b, inline ? 1 : 0});
    }

    /** The word before the full stop at {@code dot} is an abbreviation such as Art, No, e.g, U.S. */
    private static boolean abbreviation(String n, int dot) {
        int w = dot;
        while (w > 0 && (Character.isLetter(n.charAt(w - 1)) || n.charAt(w - 1) == '.')) {
            w--;
        }
        String word = n.substring(w, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (ABBREVIATIONS.contains(word)) {
            return true;
        }
        if (word.indexOf('.') > 0) {
            for (String part : word.split("\\.")) {
                if (part.length() > 2) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
