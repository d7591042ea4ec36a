package org.gvc4j.dsl;

import org.gvc4j.result.MeasureTable;

/**
 * TiVA indicators of the chosen countries, one row per country.
 */
public interface TivaCountryStep extends MeasureTable {
    /** With one partner (the country itself gives the domestic cells, DOM and DXD_DVA): one row per (country, partner). */
    TivaPartnerStep partner(String partner);

    /** The same, by 1-based country number. */
    TivaPartnerStep partner(int partner);

    /** With every partner, the country itself included: one row per (country, partner). */
    TivaPartnerStep partners();

    /** By sector: one row per (country, sector), the indicators defined by sector. */
    MeasureTable bySector();
}
