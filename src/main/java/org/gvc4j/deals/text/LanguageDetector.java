package org.gvc4j.deals.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of a text from its script and, for Latin script, from its function words (the lists and the rule
 * are in the resource {@code languages.txt}, readable without the code). No library, no model: agreements are long
 * and formal, so function words decide them reliably; a sentence or two is enough for English, French, Spanish,
 * Portuguese, German, Italian and Dutch. Anything in doubt is {@code und}, which the coding treats as not English.
 */
public final class LanguageDetector {
    private static final String RESOURCE = "/org/gvc4j/deals/languages.txt";
    private static final int MIN_HITS = 2;
    private static final double MARGIN = 4.0 / 3.0;
    private static final List<Profile> PROFILES = load();

    private record Profile(Language language, Set<String> words) {
    }

    private LanguageDetector() {
    }

    /** Texts longer than this are judged on 20 evenly spaced windows of {@value #WINDOW} characters. */
    static final int SAMPLE = 60_000;
    static final int WINDOW = 2_500;

    /** The language of {@code text}. */
    public static Language detect(CharSequence text) {
        if (text.length() > SAMPLE) {
            StringBuilder b = new StringBuilder(20 * (WINDOW + 1));
            long step = (text.length() - WINDOW) / 19;
            for (int w = 0; w < 20; w++) {
                int from = (int) (w * step);
                b.append(text, from, from + WINDOW).append(' ');
            }
            return detectAll(b);
        }
        return detectAll(text);
    }

    private static Language detectAll(CharSequence text) {
        int latin = 0;
        int cyrillic = 0;
        int arabic = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int thai = 0;
        int greek = 0;
        int hebrew = 0;
        int devanagari = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (Character.isLetter(c)) {
                    latin++;
                }
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            switch (Character.UnicodeScript.of(c)) {
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case THAI -> thai++;
                case GREEK -> greek++;
                case HEBREW -> hebrew++;
                case DEVANAGARI -> devanagari++;
                default -> {
                }
            }
        }
        int other = cyrillic + arabic + han + kana + hangul + thai + greek + hebrew + devanagari;
        if (other > latin) {
            int max = Math.max(Math.max(Math.max(cyrillic, arabic), Math.max(han + kana, hangul)),
                    Math.max(Math.max(thai, greek), Math.max(hebrew, devanagari)));
            if (max == han + kana) {
                return kana * 10 >= han + kana ? new Language("ja", "Japanese") : new Language("zh", "Chinese");
            }
            if (max == cyrillic) {
                return byWords(text, true);
            }
            if (max == arabic) {
                return new Language("ar", "Arabic");
            }
            if (max == hangul) {
                return new Language("ko", "Korean");
            }
            if (max == thai) {
                return new Language("th", "Thai");
            }
            if (max == greek) {
                return new Language("el", "Greek");
            }
            if (max == hebrew) {
                return new Language("he", "Hebrew");
            }
            return new Language("hi", "Hindi");
        }
        return byWords(text, false);
    }

    private static Language byWords(CharSequence text, boolean cyrillic) {
        Map<String, Integer> counts = new HashMap<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > s && i - s <= 12) {
                counts.merge(text.subSequence(s, i).toString().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        Language best = Language.UNDETERMINED;
        int top = 0;
        int second = 0;
        for (Profile p : PROFILES) {
            if (cyrillic != p.language().code().equals("ru")) {
                continue;
            }
            int hits = 0;
            for (String w : p.words()) {
                hits += counts.getOrDefault(w, 0);
            }
            if (hits > top) {
                second = top;
                top = hits;
                best = p.language();
            } else if (hits > second) {
                second = hits;
            }
        }
        if (top < MIN_HITS || top < second * MARGIN) {
            return Language.UNDETERMINED;
        }
        return best;
    }

    private static List<Profile> load() {
        List<Profile> out = new ArrayList<>();
        try (InputStream in = LanguageDetector.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int colon = l.indexOf(':');
                String[] head = l.substring(0, colon).split("\\s+", 2);
                Set<String> words = Set.copyOf(java.util.Arrays.asList(l.substring(colon + 1).strip().split("\\s+")));
                out.add(new Profile(new Language(head[0], head[1]), words));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
