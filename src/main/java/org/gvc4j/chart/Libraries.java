package org.gvc4j.chart;

import org.gvc4j.error.GvcException;

/** The optional drawing libraries: present, or a message that says what to add. Also switches AWT to headless. */
final class Libraries {
    static final String JFREECHART = "org.jfree:jfreechart:1.5.6";
    static final String BATIK = "org.apache.xmlgraphics:batik-svggen:1.20";

    private Libraries() {
    }

    static void requireJFreeChart() {
        require("org.jfree.chart.JFreeChart", JFREECHART, "draw charts");
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static void requireBatik() {
        require("org.apache.batik.svggen.SVGGraphics2D", BATIK, "write SVG and HTML charts");
    }

    /** Throws a {@link GvcException} naming {@code artifact} when {@code className} cannot be loaded. */
    static void require(String className, String artifact, String purpose) {
        try {
            Class.forName(className, false, Libraries.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new GvcException("to " + purpose + ", gvc4j needs " + artifact + " on the classpath (an optional "
                    + "dependency: add it to your build; the gvc command's jar already has it)");
        }
    }
}
