package org.gvc4j.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a saved workbook back with a second, independent reader (Apache POI), so the tests see what a spreadsheet
 * sees: per sheet its name and rows of cells, a text cell as a {@code String}, a number cell as a {@code Double}, an
 * empty or absent cell as {@code null}. Any other cell type (formula, boolean, error) fails the read.
 */
public final class Xlsx {
    private Xlsx() {
    }

    /** A workbook's sheet names and, per sheet, its rows of cells. */
    public record Book(List<String> names, List<List<List<Object>>> sheets) {
        public List<List<Object>> sheet(String name) {
            int i = names.indexOf(name);
            if (i < 0) {
                throw new AssertionError("no sheet " + name + " in " + names);
            }
            return sheets.get(i);
        }
    }

    public static Book read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            List<List<List<Object>>> sheets = new ArrayList<>();
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                names.add(sheet.getSheetName());
                List<List<Object>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<Object> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < row.getLastCellNum(); c++) {
                            cells.add(value(row.getCell(c), file, s, r, c));
                        }
                    }
                    rows.add(cells);
                }
                sheets.add(rows);
            }
            return new Book(names, sheets);
        }
    }

    private static Object value(Cell cell, Path file, int s, int r, int c) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> cell.getNumericCellValue();
            default -> throw new AssertionError(file + " sheet " + s + " row " + r + " column " + c + ": a "
                    + cell.getCellType() + " cell");
        };
    }

    /** The cell at {@code c} of a row, {@code null} past its end. */
    public static Object cell(List<Object> row, int c) {
        return c < row.size() ? row.get(c) : null;
    }
}
