package org.gvc4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.gvc4j.error.InvalidTableException;
import org.junit.jupiter.api.Test;

/** Huge label counts are refused with the file and the count, in long arithmetic, before anything is allocated. */
class LabelsSizeTest {
    @Test
    void theLimitIsTheLargestSquareThatFitsOneArray() {
        assertEquals(46_340, Labels.MAX_INDUSTRIES);
        assertTrue((long) Labels.MAX_INDUSTRIES * Labels.MAX_INDUSTRIES <= Labels.MAX_CELLS);
        assertTrue((long) (Labels.MAX_INDUSTRIES + 1) * (Labels.MAX_INDUSTRIES + 1) > Labels.MAX_CELLS);
    }

    @Test
    void tooManyIndustryLabelsInAHeaderAreRefusedNamingTheFileAndTheCount() {
        List<String> labels = IntStream.range(0, 46_341).mapToObj(i -> "C" + i + ".s").toList();
        InvalidTableException e = assertThrows(InvalidTableException.class,
                () -> Labels.fromIndustryLabels(labels, "data/Z.csv line 1"));
        assertTrue(e.getMessage().startsWith("data/Z.csv line 1: 46,341 industry labels are too many"), e.getMessage());
        assertTrue(e.getMessage().contains("2,147,488,281 cells"), e.getMessage());
    }

    @Test
    void countriesTimesSectorsBeyondTheLimitAreRefusedWithoutOverflow() {
        List<String> countries = names("C", 70_000);
        List<String> sectors = names("S", 70_000);
        // 70,000² = 4.9e9 industries: int arithmetic would wrap around; the check is in longs
        InvalidTableException e = assertThrows(InvalidTableException.class,
                () -> new Labels(countries, sectors, "big.xlsx"));
        assertTrue(e.getMessage().startsWith("big.xlsx: 70,000 countries × 70,000 sectors = 4,900,000,000 industries "
                + "are too many"), e.getMessage());
        assertThrows(InvalidTableException.class, () -> new Labels(names("C", 300), names("S", 200)));
    }

    @Test
    void aLargeButValidTableIsAccepted() {
        Labels l = new Labels(names("C", 200), names("S", 200), "ok");
        assertEquals(40_000, l.size());
    }

    private static List<String> names(String prefix, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(prefix + i);
        }
        return Collections.unmodifiableList(out);
    }
}
