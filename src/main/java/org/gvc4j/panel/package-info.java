/**
 * Panels of years and databases: the same decompositions over many tables, one machine, with progress, per-table
 * checkpoints and resume, and one combined output per result kind with {@code database, year} columns in front.
 *
 * <p><b>Describing a panel</b> ({@link org.gvc4j.panel.Panel}): a list of {@link org.gvc4j.panel.PanelSource}s,
 * each a path (table folder, official file, folder or zip that {@code Gvc.load} reads) with a {@code database} label
 * and a {@code year}. Three ways:
 * <ul>
 *   <li>{@code Panel.fromFolder(dir, database)}: every entry of the folder (sub-folders, files, zips; hidden entries
 *       and {@code .md}, {@code .txt}, {@code .pdf} files are skipped) is one table. <b>The year rule:</b> the year is
 *       the one year-like number in the entry's name, its extension removed: four digits 1950–2099 not adjacent to
 *       another digit ({@code ADB-MRIO-2019.xlsx}, {@code wiod_2014}, {@code 2003}). A name with none, or with two
 *       different ones ({@code ICIO2023_2019.csv}), is refused naming the file: give such tables a manifest.
 *       Two entries with the same year are refused naming both.</li>
 *   <li>{@code Panel.fromGlob("data/adb/ADB-*.xlsx", database)}: the paths a glob matches below its fixed prefix;
 *       the year is found by the same rule in the matched path below that prefix (every folder level and the
 *       name).</li>
 *   <li>{@code Panel.fromManifest(csv)}: a CSV with the header {@code database,year,path} (columns in any order,
 *       no others) and one row per table; a relative path is relative to the manifest's folder. The year is given to
 *       the reader, so several rows may name one multi-year zip. Errors name the file, the line and the column.</li>
 * </ul>
 * A database label is a word of letters, digits, {@code _ . -} (it becomes a folder name and a CSV cell).
 *
 * <p><b>Running it</b> ({@link org.gvc4j.panel.PanelRunner}): named {@link org.gvc4j.panel.Decomposition}s
 * ({@code MrioTable → MeasureTable}, one result kind each) for every table; tables run side by side as far as the
 * heap allows (a table's peak is estimated as 6·n² doubles plus 64 MB), each with {@code withExecution(Execution.threads(t))} so the cores are split, not oversubscribed. The
 * chosen plan is printed. Each finished table is a checkpoint folder {@code checkpoints/<database>_<year>/}: its
 * result files, then a marker file {@code _DONE} written last; the folder is filled under a hidden staging name and
 * renamed into place, so a checkpoint is never seen half-written; a folder without the marker is recomputed.
 * With resume, finished tables are skipped. Last, one CSV per result kind, {@code <kind>.csv}: {@code database,year},
 * then the table's columns, tables in panel order, rows as each table gives them; the same bytes however many runs
 * it took.
 *
 * <p>With {@code parquet(true)} each {@code <kind>.csv} also gets a {@code <kind>.parquet}: the maintained Java
 * writer (Apache parquet-java) needs Hadoop's classes, so a small own writer makes flat files (one row group,
 * uncompressed PLAIN pages, {@code year} INT64, numeric columns DOUBLE, labels UTF-8 strings, empty cells null);
 * the tests read them back with parquet-hadoop.
 */
@NullMarked
package org.gvc4j.panel;

import org.jspecify.annotations.NullMarked;
