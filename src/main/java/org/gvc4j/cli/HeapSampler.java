package org.gvc4j.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Peak heap in use, sampled every 2 ms on a daemon thread. (Summing the memory pools' own peaks overstates the peak,
 * because each pool peaks at a different moment.) Short spikes between samples can be missed; the heap limit the
 * JVM ran with bounds them.
 */
final class HeapSampler {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static volatile long peak;

    static {
        Thread t = new Thread(() -> {
            while (true) {
                long used = MEMORY.getHeapMemoryUsage().getUsed();
                if (used > peak) {
                    peak = used;
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "gvc4j-heap-sampler");
        t.setDaemon(true);
        t.start();
    }

    private HeapSampler() {
    }

    static long peakMb() {
        return Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed()) >> 20;
    }

    static void reset() {
        peak = MEMORY.getHeapMemoryUsage().getUsed();
    }
}
