package org.gvc4j.method.icio;

import java.util.List;
import java.util.Map;
import org.gvc4j.method.Keys;

/**
 * Column names of the Borin–Mancini accounting: icio's names for the measures (except {@link #MDC}), the key columns
 * of {@link org.gvc4j.method.Keys}, and per result kind the names the peers print: {@link #ICIO_EXPORTS},
 * {@link #ICIO_IMPORTS} (Stata icio's files), {@link #EXVATOOLS_COUNTRY}.
 */
public final class IcioColumns {
    private IcioColumns() {
    }

    private static final String EXPORTER = Keys.EXPORTER;
    private static final String IMPORTER = Keys.IMPORTER;
    private static final String SECTOR = Keys.SECTOR;
    private static final String ORIGIN = Keys.ORIGIN;

    /** Gross exports u e. */
    public static final String GEXP = "GEXP";
    /** Exports: domestic content, DVA + DDC (icio: {@code DC}). */
    public static final String DC = "DC";
    /**
     * Imports: double counting, the value added in r's imports that crosses r's border more than once (icio calls it
     * {@code DC} too; gvc4j gives it its own name, {@link #ICIO_IMPORTS} gives it icio's back).
     */
    public static final String MDC = "MDC";
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
    /** Imports by importer: GIMP = VA + MDC. */
    public static final List<String> IMPORTS = List.of(GIMP, VA, MDC);
    /** Imports by importer and origin. */
    public static final List<String> IMPORTS_BY_ORIGIN = List.of(VA, MDC);

    /** icio, exports: the key headers of its export files (its measure names are gvc4j's). */
    public static final Map<String, String> ICIO_EXPORTS = Map.of(
            EXPORTER, "Exporting_Country", SECTOR, "Exporting_Industry", IMPORTER, "Importing_Country");
    /** icio, imports: the key headers of its import files, and {@code DC} for {@link #MDC}. */
    public static final Map<String, String> ICIO_IMPORTS = Map.of(
            IMPORTER, "Importing_Country", ORIGIN, "Origin_Country", SECTOR, "Origin_Industry", MDC, "DC");
    /** exvatools, exports by exporter (exporter perspective): the country totals of {@code bm_src} and {@code bm_snk}. */
    public static final Map<String, String> EXVATOOLS_COUNTRY = Map.of(EXPORTER, "country", GEXP, "EXGR");
}
