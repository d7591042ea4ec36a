package org.gvc4j.source.wiod;

import java.util.List;
import java.util.Set;
import org.gvc4j.error.TableFormatException;
import org.gvc4j.source.ExcelMrio;
import org.gvc4j.source.ReadOptions;
import org.gvc4j.source.SourceInput;
import org.gvc4j.source.SourceTable;
import org.gvc4j.source.TableReader;
import org.gvc4j.source.XlsxSheet;

/** WIOD 2013 release workbooks ({@code WIOTyy_ROW_Sep12.xlsx}); see package-info. */
public final class Wiod2013Reader implements TableReader {
    static final ExcelMrio.Spec SPEC = new ExcelMrio.Spec("WIOD 2013 release", Set.of("c37", "c38", "c39", "c40", "c41",
            "c42"), "r64", Set.of("r60"), "r69", "million USD", List.of(Set.of("r99"), Set.of("r61"), Set.of("r62"),
            Set.of("r63"), Set.of("r65", "International Transport Margins", "International transport margins")));

    @Override
    public String name() {
        return "wiod2013";
    }

    @Override
    public String describe() {
        return "WIOD 2013 release (1995-2011), the .xlsx workbooks";
    }

    @Override
    public boolean recognizes(SourceInput source) {
        return XlsxSheet.isWorkbook(source) && ExcelMrio.hasCodeRow(source, Set.of("c37"));
    }

    /** A workbook named as WIOD names them: {@code WIOT11_ROW_Sep12.xlsx}. */
    @Override
    public boolean resembles(SourceInput source) {
        return source.isZip() && source.fileName().matches("(?i)wiot\\d\\d.*\\.xlsx");
    }

    @Override
    public SourceTable read(SourceInput source, ReadOptions options) {
        if (!XlsxSheet.isWorkbook(source)) {
            throw new TableFormatException(source.path() + ": not an .xlsx workbook (no member xl/workbook.xml)"
                    + (source.isZip() ? " (a zip of workbooks: unpack it and give one WIOTyy_ROW_*.xlsx)" : ""));
        }
        return ExcelMrio.read(source, SPEC, options.year());
    }
}
