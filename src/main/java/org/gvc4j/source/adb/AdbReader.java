package org.gvc4j.source.adb;

import java.util.List;
import java.util.Set;
import org.gvc4j.error.TableFormatException;
import org.gvc4j.source.ExcelMrio;
import org.gvc4j.source.ReadOptions;
import org.gvc4j.source.SourceInput;
import org.gvc4j.source.SourceTable;
import org.gvc4j.source.TableReader;
import org.gvc4j.source.XlsxSheet;

/** ADB MRIO workbooks (62 to 72 economies plus RoW); see package-info. */
public final class AdbReader implements TableReader {
    static final ExcelMrio.Spec SPEC = new ExcelMrio.Spec("ADB MRIO", Set.of("F1", "F2", "F3", "F4", "F5", "F6"), "r64",
            Set.of("r60"), "r69", "million USD", List.of(Set.of("r99"), Set.of("r61"), Set.of("r62"), Set.of("r63"),
            Set.of("trs")));

    @Override
    public String name() {
        return "adb";
    }

    @Override
    public String describe() {
        return "ADB MRIO (.xlsx, 62-72 economies and RoW)";
    }

    @Override
    public boolean recognizes(SourceInput source) {
        return XlsxSheet.isWorkbook(source) && ExcelMrio.hasCodeRow(source, Set.of("F1"));
    }

    /** A workbook named as ADB names them: {@code ADB-MRIO62-2021_August 2024.xlsx}. */
    @Override
    public boolean resembles(SourceInput source) {
        return source.isZip() && source.fileName().matches("(?i).*(adb|mrio).*\\.xlsx");
    }

    @Override
    public SourceTable read(SourceInput source, ReadOptions options) {
        if (!XlsxSheet.isWorkbook(source)) {
            throw new TableFormatException(source.path() + ": not an .xlsx workbook (no member xl/workbook.xml)");
        }
        return ExcelMrio.read(source, SPEC, options.year());
    }
}
