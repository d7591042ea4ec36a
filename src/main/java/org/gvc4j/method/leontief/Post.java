package org.gvc4j.method.leontief;

/**
 * What V̂B is multiplied by on the right (decompr's {@code post}): the column vector whose value added is traced back
 * to its origin.
 */
public enum Post {
    /** V̂BÊ, Ê = diag(e_s*): the value-added origin of each country-sector's gross exports (decompr "exports"). */
    EXPORTS(LeontiefColumns.EXPORTER),
    /** V̂BX̂: the value-added origin of each country-sector's gross output (decompr "output"). */
    OUTPUT(LeontiefColumns.COUNTRY),
    /** V̂B: value added per unit of each country-sector's final output (decompr "none"). */
    NONE(LeontiefColumns.COUNTRY);

    private final String countryKey;

    Post(String countryKey) {
        this.countryKey = countryKey;
    }

    /** The key of the using country: {@code exporter} for exports, {@code country} otherwise. */
    public String countryKey() {
        return countryKey;
    }
}
