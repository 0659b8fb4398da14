package io.github.prepkit.internal.csv;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.columns.AbstractColumnParser;
import tech.tablesaw.io.ReadOptions;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Tablesaw's parsers for a read's missing-value markers, each made on first use: Tablesaw's read options and parsers
 * cost a fresh JVM tens of milliseconds to set up (option builders, date and time formatters), which a file of plain
 * numbers never needs (see {@link Candidates}). Safe for the read's threads.
 */
final class TablesawParsers {

    /** The types Tablesaw 0.44.4 detects by default, in its order of preference ({@code ReadOptions}' default). */
    static final List<ColumnType> DETECTED = List.of(ColumnType.LOCAL_DATE_TIME, ColumnType.LOCAL_TIME,
            ColumnType.LOCAL_DATE, ColumnType.BOOLEAN, ColumnType.INTEGER, ColumnType.LONG, ColumnType.DOUBLE,
            ColumnType.STRING);

    private final List<String> missingMarkers;
    private final Map<ColumnType, AbstractColumnParser<?>> parsers = new HashMap<>();
    private ReadOptions options;

    /** The parsers for {@code missingMarkers}, or for Tablesaw's default markers if null. */
    TablesawParsers(List<String> missingMarkers) {
        this.missingMarkers = missingMarkers;
    }

    /** Tablesaw's parser of {@code type}, configured as {@code Table.read().csv} configures it. */
    synchronized AbstractColumnParser<?> of(ColumnType type) {
        return parsers.computeIfAbsent(type, t -> t.customParser(options()));
    }

    /** Tablesaw's CSV read options with the markers: the defaults otherwise. */
    private synchronized ReadOptions options() {
        if (options == null) {
            CsvReadOptions.Builder builder = CsvReadOptions.builder(new StringReader(""));
            if (missingMarkers != null) {
                builder.missingValueIndicator(missingMarkers.toArray(String[]::new));
            }
            options = builder.build();
        }
        return options;
    }
}
