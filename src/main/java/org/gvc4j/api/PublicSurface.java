package org.gvc4j.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The declared public surface of gvc4j: the classes users (Java and Kotlin code, recipes, the docs) may rely on,
 * listed once in {@code public-surface.txt} next to this class. The recipe sandbox's allowlist is derived from it
 * (public members of these classes, except {@link FileAccess} ones); everything else in the jar is internal.
 */
public final class PublicSurface {
    /** The resource that lists the classes, one binary name per line. */
    public static final String RESOURCE = "public-surface.txt";

    private PublicSurface() {
    }

    /** The binary names of the public-surface classes, in the order listed. */
    public static List<String> classNames() {
        List<String> out = new ArrayList<>();
        try (InputStream in = PublicSurface.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
