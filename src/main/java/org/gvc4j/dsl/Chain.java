package org.gvc4j.dsl;

import java.nio.file.Path;
import java.util.List;
import org.gvc4j.result.MeasureTable;
import org.gvc4j.result.Naming;
import org.jspecify.annotations.Nullable;
import tech.tablesaw.api.Table;

/**
 * A step that is also its result: computed on first read (once; thread-safe), shown in the table's naming. Every
 * {@link MeasureTable} call is the computed table's.
 */
abstract class Chain implements MeasureTable {
    final Context ctx;
    /** The chain as written, with resolved names: {@code bm2025().trade().exporter("CHN")}. */
    final String text;
    private @Nullable MeasureTable computed;

    Chain(Context ctx, String text) {
        this.ctx = ctx;
        this.text = text;
    }

    /** The result under gvc4j's names. */
    abstract MeasureTable compute();

    final synchronized MeasureTable table() {
        MeasureTable t = computed;
        if (t == null) {
            t = compute().named(ctx.naming());
            computed = t;
        }
        return t;
    }

    @Override
    public String getChain() {
        return text;
    }

    @Override
    public String getPaper() {
        return table().getPaper();
    }

    @Override
    public String getSource() {
        return table().getSource();
    }

    @Override
    public List<String> getNotes() {
        return table().getNotes();
    }

    @Override
    public Naming getNaming() {
        return ctx.naming();
    }

    @Override
    public int getRowCount() {
        return table().getRowCount();
    }

    @Override
    public List<String> getColumnNames() {
        return table().getColumnNames();
    }

    @Override
    public List<String> getKeyNames() {
        return table().getKeyNames();
    }

    @Override
    public double[] column(String name) {
        return table().column(name);
    }

    @Override
    public List<String> keys(String name) {
        return table().keys(name);
    }

    @Override
    public double value(String column, String... keys) {
        return table().value(column, keys);
    }

    @Override
    public MeasureTable named(Naming naming) {
        return table().named(naming);
    }

    @Override
    public MeasureTable select(String... columns) {
        return table().select(columns);
    }

    @Override
    public MeasureTable where(String column, String... values) {
        return table().where(column, values);
    }

    @Override
    public MeasureTable sortBy(String column) {
        return table().sortBy(column);
    }

    @Override
    public MeasureTable sortDescendingBy(String column) {
        return table().sortDescendingBy(column);
    }

    @Override
    public MeasureTable head(int rows) {
        return table().head(rows);
    }

    @Override
    public Table toTable() {
        return table().toTable();
    }

    @Override
    public void saveCsv(Path file) {
        table().saveCsv(file);
    }

    @Override
    public String format() {
        return table().format();
    }

    @Override
    public String format(int maxRows) {
        return table().format(maxRows);
    }

    @Override
    public String getTitle() {
        return table().getTitle();
    }

    @Override
    public String toString() {
        return table().toString();
    }
}
