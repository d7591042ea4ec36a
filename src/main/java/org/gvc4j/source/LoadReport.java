package org.gvc4j.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a reader read and what it assumed: format and edition detected, year, unit, which output and value added were
 * taken, counts of blank and NA cells read as zero, negative cells by block, and notes (rows dropped, regions merged).
 * Zero-output industries and balance are computed from the table ({@link TableCheck}).
 *
 * @param format      e.g. {@code OECD ICIO}
 * @param edition     e.g. {@code 2023 (extended)}
 * @param year        the table's year, or {@code null} when the source does not say
 * @param unit        e.g. {@code million USD}
 * @param source      the file, folder or zip member read
 * @param outputSource where X comes from, e.g. {@code column TOTAL (as published)} or {@code rowSums(Z) + rowSums(Y)}
 * @param valueAdded  which row or rows are value added at basic prices
 * @param blankCells  blank cells (empty or only spaces) read as zero
 * @param naCells     {@code NA} cells read as zero
 * @param negatives   negative cells by block (Z, Y, valuation rows)
 * @param notes       everything else the reader assumed or dropped, one sentence each
 */
public record LoadReport(String format, String edition, @Nullable Integer year, String unit, String source,
        String outputSource, String valueAdded, long blankCells, long naCells, Map<String, Long> negatives,
        List<String> notes) {

    public LoadReport {
        negatives = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(negatives));
        notes = List.copyOf(notes);
    }

    /** The same report with one more note. */
    public LoadReport with(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new LoadReport(format, edition, year, unit, source, outputSource, valueAdded, blankCells, naCells,
                negatives, more);
    }

    /** Lines for {@code gvc info} and the provenance file. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("format       " + format + (edition.isEmpty() ? "" : ", edition " + edition));
        out.add("source       " + source);
        if (year != null) {
            out.add("year         " + year);
        }
        out.add("unit         " + unit);
        out.add("output X     " + outputSource);
        out.add("value added  " + valueAdded);
        out.add("blank cells  " + blankCells + " read as 0" + (naCells > 0 ? "; NA cells " + naCells + " read as 0" : ""));
        StringBuilder neg = new StringBuilder();
        negatives.forEach((k, v) -> neg.append(neg.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        out.add("negatives    " + (neg.length() == 0 ? "none" : neg));
        for (String n : notes) {
            out.add("note         " + n);
        }
        return out;
    }
}
