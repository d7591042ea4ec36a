package org.gvc4j.panel;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The progress of a panel run: tables done of total, what each running table is doing, and an ETA. On a terminal one
 * line redrawn in place; otherwise (a file, a pipe, a test) a plain line per finished table.
 */
final class Progress {
    private static final int BAR = 20;
    private final PrintWriter out;
    private final boolean terminal;
    private final int total;
    private final int toCompute;
    private final long start = System.nanoTime();
    private final Map<String, String> running = new LinkedHashMap<>();
    private int done;
    private int computed;
    private int lastWidth;

    Progress(PrintWriter out, boolean terminal, int total, int alreadyDone) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
        this.toCompute = total - alreadyDone;
        this.done = alreadyDone;
    }

    synchronized void step(PanelSource s, String step) {
        running.put(s.toString(), step);
        if (terminal) {
            redraw();
        }
    }

    synchronized void done(PanelSource s, double seconds, String steps) {
        running.remove(s.toString());
        done++;
        computed++;
        if (terminal) {
            redraw();
        } else {
            out.printf(Locale.ROOT, "[%" + width() + "d/%d] %s done in %.1f s (%s); ETA %s%n", done, total, s, seconds,
                    steps, eta());
            out.flush();
        }
    }

    synchronized void failed(PanelSource s, String message) {
        running.remove(s.toString());
        clearLine();
        out.println("panel: " + s + " failed: " + message);
        out.flush();
        if (terminal) {
            redraw();
        }
    }

    /** Ends the redrawn line. */
    synchronized void finish() {
        if (terminal && lastWidth > 0) {
            out.println();
            out.flush();
            lastWidth = 0;
        }
    }

    private int width() {
        return Integer.toString(total).length();
    }

    private String eta() {
        int left = toCompute - computed;
        if (left <= 0) {
            return "0:00";
        }
        if (computed == 0) {
            return "…";
        }
        double secs = (System.nanoTime() - start) / 1e9 / computed * left;
        long s = Math.round(secs);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private void redraw() {
        int filled = total == 0 ? BAR : done * BAR / total;
        StringBuilder b = new StringBuilder("\r[");
        b.append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ").append(done).append('/')
                .append(total).append(" tables");
        running.forEach((table, step) -> b.append(" · ").append(table).append(": ").append(step));
        b.append(" · ETA ").append(eta());
        int len = b.length();
        if (len < lastWidth) {
            b.append(" ".repeat(lastWidth - len));
        }
        lastWidth = len;
        out.print(b);
        out.flush();
    }

    private void clearLine() {
        if (terminal && lastWidth > 0) {
            out.print("\r" + " ".repeat(lastWidth) + "\r");
            lastWidth = 0;
        }
    }
}
