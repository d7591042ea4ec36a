package org.gvc4j.method.icio;

/** Which trade flow is decomposed: gross exports (by exporter) or gross imports (by importer). */
public enum Flow {
    EXPORTS("exports"),
    IMPORTS("imports");

    private final String token;

    Flow(String token) {
        this.token = token;
    }

    /** The word used in file names ({@code icio_<flow>_...}). */
    public String token() {
        return token;
    }
}
