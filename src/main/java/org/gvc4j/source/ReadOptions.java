package org.gvc4j.source;

import org.jspecify.annotations.Nullable;

/**
 * Choices a reader cannot make from the file alone.
 *
 * @param year         the year to read from a source holding several (long-run WIOD, an ICIO zip of several years);
 *                     {@code null} when the source holds one
 * @param splitRegions keep the OECD ICIO split entities ({@code CN1}, {@code MX1}, …) as regions of their own
 *                     instead of adding them into {@code CHN} and {@code MEX}
 * @param format       force a format by name ({@link Formats#names()}); {@code null} detects it from the content
 */
public record ReadOptions(@Nullable Integer year, boolean splitRegions, @Nullable String format) {
    public static final ReadOptions DEFAULT = new ReadOptions(null, false, null);

    public ReadOptions withYear(@Nullable Integer y) {
        return new ReadOptions(y, splitRegions, format);
    }

    public ReadOptions withSplitRegions(boolean split) {
        return new ReadOptions(year, split, format);
    }

    public ReadOptions withFormat(@Nullable String f) {
        return new ReadOptions(year, splitRegions, f);
    }
}
