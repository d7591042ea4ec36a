package org.gvc4j.chart;

import java.awt.geom.Path2D;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gvc4j.error.GvcException;

/**
 * Country outlines for the world map: Natural Earth 1:110m Admin 0 (public domain), shipped as
 * {@code org/gvc4j/chart/world-110m.tsv} (provenance and conversion: {@code LICENSE-world.txt} beside it). Each
 * country is one path in longitude/latitude degrees (even-odd rule, so holes stay holes); Antarctica is left out.
 */
final class World {
    static final String RESOURCE = "/org/gvc4j/chart/world-110m.tsv";
    private static Map<String, Path2D> shapes;

    private World() {
    }

    private static void ring(Path2D p, double[] xs, double[] ys, double shift) {
        p.moveTo(xs[0] + shift, ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i] + shift, ys[i]);
        }
        p.closePath();
    }

    /** ISO 3166-1 alpha-3 code → outline (x = longitude, y = latitude), in file order. */
    static synchronized Map<String, Path2D> shapes() {
        if (shapes == null) {
            Map<String, Path2D> out = new LinkedHashMap<>();
            try (InputStream in = World.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new GvcException("the world map resource " + RESOURCE + " is missing from the jar");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.startsWith("#") || line.isBlank()) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    if (f[0].equals("ATA")) {
                        continue;
                    }
                    Path2D p = out.computeIfAbsent(f[0], k -> new Path2D.Double(Path2D.WIND_EVEN_ODD));
                    String[] pts = f[2].split(" ");
                    double[] xs = new double[pts.length];
                    double[] ys = new double[pts.length];
                    double min = Double.POSITIVE_INFINITY;
                    double max = Double.NEGATIVE_INFINITY;
                    for (int i = 0; i < pts.length; i++) {
                        int comma = pts[i].indexOf(',');
                        xs[i] = Double.parseDouble(pts[i].substring(0, comma));
                        ys[i] = Double.parseDouble(pts[i].substring(comma + 1));
                        // rings that cross the antimeridian (Russia, Fiji): keep longitudes continuous
                        if (i > 0 && xs[i] - xs[i - 1] > 180) {
                            xs[i] -= 360;
                        } else if (i > 0 && xs[i] - xs[i - 1] < -180) {
                            xs[i] += 360;
                        }
                        min = Math.min(min, xs[i]);
                        max = Math.max(max, xs[i]);
                    }
                    ring(p, xs, ys, 0);
                    if (max > 180) {
                        ring(p, xs, ys, -360); // the part beyond 180° appears again at the left edge
                    } else if (min < -180) {
                        ring(p, xs, ys, 360);
                    }
                }
            } catch (IOException e) {
                throw new GvcException("cannot read the world map resource: " + e.getMessage(), e);
            }
            shapes = Collections.unmodifiableMap(out);
        }
        return shapes;
    }
}
