package org.gvc4j.method.icio;

import java.util.Locale;

/**
 * The perimeter at which value added is counted once (methods.md §2). Every other crossing of the same perimeter is
 * double counting.
 */
public enum Perspective {
    /** The exporting country's border (icio {@code exporter}, the default for exports). */
    EXPORTER("exporter"),
    /** Any border: foreign value added is counted when it first (source) or last (sink) crosses any border. */
    WORLD("world"),
    /**
     * The flow's own perimeter: one sector's exports (icio {@code sectexp}), one sector's exports to one importer
     * ({@code sectbil}), or one country's exports to one importer (icio {@code bilateral}).
     */
    SELF("self"),
    /** The importing country's border (icio {@code importer}), the only perspective for imports. */
    IMPORTER("importer");

    private final String token;

    Perspective(String token) {
        this.token = token;
    }

    /** The word used in file names. */
    public String token() {
        return token;
    }

    /**
     * Reads a perspective by gvc4j's or icio's name: exporter, world, self, importer, and icio's bilateral, sectexp and
     * sectbil (all three are {@link #SELF}; the level of the flow says which).
     */
    public static Perspective parse(String name) {
        String s = name.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "bilateral":
            case "sectexp":
            case "sectbil":
                return SELF;
            default:
                for (Perspective p : values()) {
                    if (p.token.equals(s)) {
                        return p;
                    }
                }
                throw new org.gvc4j.error.InvalidQueryException("unknown perspective \"" + name + "\"; valid: exporter, world, self "
                        + "(icio: bilateral, sectexp, sectbil), importer");
        }
    }
}
