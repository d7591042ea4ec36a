package org.gvc4j.method.icio;

import java.util.List;
import java.util.Map;

/**
 * Column names of the Borin–Mancini accounting: icio's names for the measures, lower snake case for the keys, and the
 * names the peers print for the keys ({@link #ICIO_EXPORTS}, {@link #ICIO_IMPORTS}, {@link #EXVATOOLS}).
 */
public final class IcioColumns {
    private IcioColumns() {
    }

    public static final String EXPORTER = "exporter";
    public static final String IMPORTER = "importer";
    /** The exporting sector (exports) or the origin sector of the value added (imports). */
    public static final String SECTOR = "sector";
    /** The country where the value added in r's imports was produced. */
    public static final String ORIGIN = "origin";

    /** Gross exports u e. */
    public static final String GEXP = "GEXP";
    /** Domestic content: DVA + DDC. */
    public static final String DC = "DC";
    /** Domestic value added, counted once at the perimeter. */
    public static final String DVA = "DVA";
    /** DVA absorbed abroad. */
    public static final String VAX = "VAX";
    /** DVA absorbed by the direct importer through its domestic chain (source; ⊂ VAX). */
    public static final String DAVAX = "DAVAX";
    /** DVA absorbed by the direct importer, re-processing loops included (sink, bilateral; ⊂ VAX). */
    public static final String VAXIM = "VAXIM";
    /** Reflection: DVA that returns home and is absorbed there. */
    public static final String REF = "REF";
    /** Domestic double counting. */
    public static final String DDC = "DDC";
    /** Foreign content: FVA + FDC. */
    public static final String FC = "FC";
    /** Foreign value added, counted once at the perimeter. */
    public static final String FVA = "FVA";
    /** Foreign double counting. */
    public static final String FDC = "FDC";
    /** GVC-related trade: GEXP − DAVAX. */
    public static final String GVC = "GVC";
    /** Backward GVC trade: FC + DDC (= HIY vertical specialisation). */
    public static final String GVCB = "GVCB";
    /** Forward GVC trade: GVC − GVCB. */
    public static final String GVCF = "GVCF";
    /** Gross imports. */
    public static final String GIMP = "GIMP";
    /** Value added in imports (imports). */
    public static final String VA = "VA";

    /** Sub-terms (BM's 12 terms, source or sink): VAX = VAX1 + … + VAX4; source: DAVAX = VAX1 + VAX2. */
    public static final String VAX1 = "VAX1";
    public static final String VAX2 = "VAX2";
    public static final String VAX3 = "VAX3";
    public static final String VAX4 = "VAX4";
    /** REF = REF1 + REF2. */
    public static final String REF1 = "REF1";
    public static final String REF2 = "REF2";
    /** FVA = FVA1 + … + FVA4 (balanced tables). */
    public static final String FVA1 = "FVA1";
    public static final String FVA2 = "FVA2";
    public static final String FVA3 = "FVA3";
    public static final String FVA4 = "FVA4";

    /** icio's detailed rows, exporter perspective, source approach (GVC fields only here). */
    public static final List<String> SOURCE = List.of(GEXP, DC, DVA, VAX, DAVAX, REF, DDC, FC, FVA, FDC, GVC, GVCB, GVCF);
    /** icio's detailed rows, exporter perspective, sink approach. */
    public static final List<String> SINK = List.of(GEXP, DC, DVA, VAX, VAXIM, REF, DDC, FC, FVA, FDC);
    /** icio's detailed rows for world perspective and self perimeters. */
    public static final List<String> BASIC = List.of(GEXP, DC, DVA, VAX, REF, DDC, FC, FVA, FDC);
    /** The sub-terms in BM's order (with DDC and FDC, the usual fields, they are BM's 12 terms). */
    public static final List<String> SOURCE_TERMS = List.of(VAX1, VAX2, VAX3, VAX4, REF1, REF2, FVA1, FVA2, FVA3, FVA4);
    /** Imports by importer. */
    public static final List<String> IMPORTS = List.of(GIMP, VA, DC);
    /** Imports by importer and origin. */
    public static final List<String> IMPORTS_BY_ORIGIN = List.of(VA, DC);

    /** The key headers of icio's export files. */
    public static final Map<String, String> ICIO_EXPORTS = Map.of(
            EXPORTER, "Exporting_Country", SECTOR, "Exporting_Industry", IMPORTER, "Importing_Country");
    /** The key headers of icio's import files. */
    public static final Map<String, String> ICIO_IMPORTS = Map.of(
            IMPORTER, "Importing_Country", ORIGIN, "Origin_Country", SECTOR, "Origin_Industry");
    /** exvatools' names for the country totals of {@code bm_src} and {@code bm_snk}. */
    public static final Map<String, String> EXVATOOLS = Map.of(EXPORTER, "country", GEXP, "EXGR");
}
