package org.gvc4j.deals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.gvc4j.api.FileAccess;
import org.gvc4j.error.GvcException;
import org.jspecify.annotations.Nullable;

/**
 * The rules that code agreement texts, as data: actors, mandatory terms, disclaimers, dispute-settlement terms,
 * validity clauses and the provision lexicons. The built-in rules are the resource {@code coding-rules.txt} (print them
 * with {@code gvc code-texts --print-rules} or {@link #toText()}); its header explains the format and each section's
 * rule. A user's file changes only the sections it names: {@code [section]} replaces a section, {@code [section +]}
 * adds to it, {@code [provision.NAME]} with a new name adds a provision column.
 *
 * <pre>{@code
 * CodingRules rules = CodingRules.read(Path.of("my-rules.txt"));   // built-in rules with my changes
 * CodingRules more = CodingRules.parse("[actors +]\nMember Economies\n");
 * }</pre>
 *
 * Immutable; the patterns are compiled once, when first needed.
 */
public final class CodingRules {
    static final String RESOURCE = "/org/gvc4j/deals/coding-rules.txt";
    private static final Pattern HEADER = Pattern.compile("\\[\\s*([A-Za-z0-9_.]+)\\s*(\\+)?\\s*]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.]*)}");
    private static final String PROVISION = "provision.";
    private static final CodingRules DEFAULTS = new CodingRules(
            apply(new LinkedHashMap<>(), builtInText(), "coding-rules.txt", false),
            "built-in rules", builtInText());

    private final Map<String, List<String>> sections;
    private final String origin;
    private final String text;
    private volatile @Nullable Compiled compiled;

    private CodingRules(Map<String, List<String>> sections, String origin, String text) {
        this.sections = Collections.unmodifiableMap(sections);
        this.origin = origin;
        this.text = text;
    }

    /** The built-in rules. */
    public static CodingRules defaults() {
        return DEFAULTS;
    }

    /** The built-in rules changed by a user's rules file. */
    public static CodingRules read(Path file) {
        String t;
        try {
            t = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GvcException("cannot read the rules file " + file + ": " + e.getMessage(), e);
        }
        return DEFAULTS.withOverrides(t, file.toString());
    }

    /** The built-in rules changed by a rules file named by a path string (not in sandboxed recipes). */
    @FileAccess
    public static CodingRules read(String file) {
        return read(Path.of(file));
    }

    /** The built-in rules changed by rules given as text (same format as a rules file). */
    public static CodingRules parse(String rules) {
        return DEFAULTS.withOverrides(rules, "rules text");
    }

    private CodingRules withOverrides(String t, String source) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        sections.forEach((k, v) -> merged.put(k, new ArrayList<>(v)));
        apply(merged, t, source, true);
        CodingRules r = new CodingRules(merged, this.origin.equals("built-in rules") ? source
                : this.origin + " + " + source, toText(merged));
        r.compiled(); // report bad patterns now, naming the source
        return r;
    }

    /** Where the rules came from: {@code built-in rules} or the file that changed them. */
    public String getOrigin() {
        return origin;
    }

    /** The provision columns, in order ({@code digital_data_flows}, ..., {@code crm_institutional}). */
    public List<String> getProvisions() {
        List<String> out = new ArrayList<>();
        for (String k : sections.keySet()) {
            if (k.startsWith(PROVISION)) {
                out.add(k.substring(PROVISION.length()));
            }
        }
        return out;
    }

    /** The entries of a section, as written. */
    public List<String> section(String name) {
        List<String> s = sections.get(name);
        if (s == null) {
            throw new GvcException("no section [" + name + "] in the rules (known: " + String.join(", ",
                    sections.keySet()) + ")");
        }
        return List.copyOf(s);
    }

    /** The rules as a rules file: the built-in file with its comments, or the merged sections after changes. */
    public String toText() {
        return text;
    }

    @Override
    public String toString() {
        return "CodingRules(" + origin + ", " + getProvisions().size() + " provisions)";
    }

    Compiled compiled() {
        Compiled c = compiled;
        if (c == null) {
            synchronized (this) {
                c = compiled;
                if (c == null) {
                    c = new Compiled(this);
                    compiled = c;
                }
            }
        }
        return c;
    }

    // ---- parsing ----------------------------------------------------------------------------------------------------

    private static String builtInText() {
        try (InputStream in = CodingRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Applies a rules text to sections: {@code [name]} starts (or, when {@code override}, replaces) a section,
     * {@code [name +]} adds to it; with {@code override} only known sections and new provisions may be named.
     */
    private static Map<String, List<String>> apply(Map<String, List<String>> sections, String t, String source,
                                                   boolean override) {
        java.util.Set<String> known = new java.util.LinkedHashSet<>(sections.keySet());
        String[] lines = t.split("\r?\n|\r", -1);
        String current = null;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            Matcher h = HEADER.matcher(l);
            if (h.matches()) {
                current = h.group(1);
                if (override && !known.contains(current) && !current.startsWith(PROVISION)) {
                    throw new GvcException(source + " line " + (i + 1) + ": unknown section [" + current
                            + "] (known: " + String.join(", ", known) + "; new provisions are named [provision.NAME])");
                }
                List<String> entries = sections.computeIfAbsent(current, k -> new ArrayList<>());
                if (override && h.group(2) == null) {
                    entries.clear();
                }
                continue;
            }
            if (l.startsWith("[")) {
                throw new GvcException(source + " line " + (i + 1) + ": a section header is [name] or [name +], got "
                        + l);
            }
            if (current == null) {
                throw new GvcException(source + " line " + (i + 1) + ": an entry before any [section]: " + l);
            }
            sections.get(current).add(l);
        }
        return sections;
    }

    private static String toText(Map<String, List<String>> sections) {
        StringBuilder b = new StringBuilder("# gvc4j deal-coding rules (built-in rules with changes); format: see "
                + "gvc code-texts --print-rules\n");
        for (Map.Entry<String, List<String>> e : sections.entrySet()) {
            b.append("\n[").append(e.getKey()).append("]\n");
            for (String v : e.getValue()) {
                b.append(v).append('\n');
            }
        }
        return b.toString();
    }

    // ---- compiling --------------------------------------------------------------------------------------------------

    /** A phrase as a regular expression: whole words, flexible blanks and hyphens, a trailing '*' for any ending. */
    static String phraseRegex(String phrase) {
        StringBuilder r = new StringBuilder("(?<![\\w-])");
        boolean star = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            star = false;
            if (Character.isWhitespace(c)) {
                if (r.length() < 5 || !r.toString().endsWith("\\s+")) {
                    r.append("\\s+");
                }
            } else if (c == '-') {
                r.append("[-\\s]?");
            } else if (c == '*') {
                r.append("\\w*");
                star = true;
            } else if (Character.isLetterOrDigit(c)) {
                r.append(c);
            } else {
                r.append('\\').append(c);
            }
        }
        if (!star) {
            r.append("(?!\\w)");
        }
        return r.toString();
    }

    /** An entry as a regular expression: a phrase, or {@code re:} with its placeholders expanded. */
    String entryRegex(String section, String entry, List<String> stack) {
        if (!entry.startsWith("re:")) {
            return phraseRegex(entry);
        }
        String body = entry.substring(3).strip();
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!sections.containsKey(name)) {
                throw new GvcException("rules [" + section + "]: unknown placeholder {" + name + "} in " + entry);
            }
            if (stack.contains(name)) {
                throw new GvcException("rules [" + section + "]: {" + name + "} refers to itself through "
                        + String.join(" -> ", stack));
            }
            m.appendReplacement(b, Matcher.quoteReplacement(sectionRegex(name, stack)));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** All entries of a section as one alternation. */
    String sectionRegex(String name, List<String> stack) {
        List<String> entries = sections.get(name);
        if (entries == null || entries.isEmpty()) {
            throw new GvcException("rules: section [" + name + "] is empty or missing");
        }
        List<String> inner = new ArrayList<>(stack);
        inner.add(name);
        List<String> alts = new ArrayList<>();
        for (String e : sortedLongestFirst(entries)) {
            alts.add(entryRegex(name, e, inner));
        }
        return "(?:" + String.join("|", alts) + ")";
    }

    boolean hasSection(String name) {
        return sections.containsKey(name);
    }

    List<String> entries(String name) {
        List<String> e = sections.get(name);
        if (e == null) {
            throw new GvcException("rules: section [" + name + "] is missing");
        }
        return e;
    }

    static List<String> sortedLongestFirst(List<String> entries) {
        List<String> s = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (String e : entries) {
            (e.startsWith("re:") ? s : phrases).add(e);
        }
        phrases.sort((a, b) -> Integer.compare(b.length(), a.length()));
        s.addAll(phrases);
        return s;
    }

    static Pattern compile(String section, String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new GvcException("rules [" + section + "]: not a valid pattern: " + e.getDescription() + " in "
                    + e.getPattern());
        }
    }

    String setting(String key, String fallback) {
        for (String l : sections.getOrDefault("settings", List.of())) {
            int eq = l.indexOf('=');
            if (eq > 0 && l.substring(0, eq).strip().equals(key)) {
                return l.substring(eq + 1).strip();
            }
        }
        return fallback;
    }
}
