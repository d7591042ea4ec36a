package org.gvc4j.source;

import java.util.Locale;
import org.gvc4j.error.TableFormatException;

/** Refuses an allocation the heap cannot hold with a message, before trying it (no OutOfMemoryError mid-read). */
final class Memory {
    private Memory() {
    }

    /**
     * @param bytes what is about to be allocated
     * @param what  the file or block it is for, named in the message
     */
    static void require(long bytes, String what) {
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (bytes > available) {
            System.gc();
            available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        }
        if (bytes > available) {
            throw new TableFormatException(String.format(Locale.ROOT, "%s: needs %,d MB for its numbers, but only %,d MB "
                    + "of the %,d MB heap are free; give Java more memory (gvc: GVC_JAVA_OPTS=-Xmx<size>)", what,
                    bytes >> 20, available >> 20, rt.maxMemory() >> 20));
        }
    }
}
