package org.gvc4j.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gvc4j.error.InvalidTableException;
import org.junit.jupiter.api.Test;

/** A table too large for the heap is refused up front with the size needed, not with an OutOfMemoryError. */
class MemoryCheckTest {
    @Test
    void tooLargeATableGetsAClearMessage() {
        InvalidTableException e = assertThrows(InvalidTableException.class,
                () -> LeontiefModel.requireMemory("huge", 200_000));
        assertTrue(e.getMessage().startsWith("huge: the Leontief model of 200000 industries needs about 640.1 GB"),
                e.getMessage());
        assertTrue(e.getMessage().contains("-Xmx"), e.getMessage());
        assertDoesNotThrow(() -> LeontiefModel.requireMemory("small", 600));
    }
}
