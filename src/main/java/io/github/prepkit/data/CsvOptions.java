package io.github.prepkit.data;

import io.github.prepkit.internal.base.Parallel;
import io.github.prepkit.internal.csv.CsvDialect;
import io.github.prepkit.internal.data.Checks;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.ColumnType;

/**
 * How {@link Csv#read(java.nio.file.Path, CsvOptions)} reads a file. {@code new CsvOptions()} reads as
 * {@code Table.read().csv(file)} does with Tablesaw's defaults; each option has a copy method of the same name.
 *
 * @param columnTypes    the type of some columns by name, instead of the detected one; a value such a column cannot
 *                       parse is an error naming its line (default: none, every type detected)
 * @param missingValues  the values that are missing besides the empty field, or null for Tablesaw's defaults
 *                       ({@code NaN}, {@code *}, {@code NA}, {@code null}, {@code N/A}); as Tablesaw's
 *                       {@code missingValueIndicator}, a list given replaces the defaults
 * @param delimiter      the char between fields (default {@code ','}); not a quote, a line end or {@code #}
 * @param header         whether the first line names the columns (default true); without one, the columns are named
 *                       {@code C0}, {@code C1}, ... as Tablesaw names them
 * @param threads        the threads to parse on: a positive count, capped at the cores, or -1 for every core
 *                       (default -1); the table does not depend on it
 */
public record CsvOptions(Map<String, ColumnType> columnTypes, List<String> missingValues, char delimiter,
                         boolean header, int threads) {

    /**
     * Validates and freezes the options.
     *
     * @throws IllegalArgumentException naming the option: a null map or list or a null in them, a delimiter that is a
     *                                  quote, a line end or {@code #}, a thread count that is neither positive nor -1
     */
    public CsvOptions {
        columnTypes = Checks.noNulls(columnTypes, "columnTypes");
        missingValues = missingValues == null ? null : Checks.noNulls(missingValues, "missingValues");
        try {
            CsvDialect.tablesaw(delimiter);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("CsvOptions: " + e.getMessage(), e);
        }
        Parallel.requireThreads("CsvOptions", threads);
    }

    /** Tablesaw's defaults: types detected, its missing-value markers, commas, a header, every core. */
    public CsvOptions() {
        this(Map.of(), null, ',', true, -1);
    }

    /** A copy with the given column types by name (replacing any given before). */
    public CsvOptions columnTypes(Map<String, ColumnType> columnTypes) {
        return new CsvOptions(columnTypes, missingValues, delimiter, header, threads);
    }

    /** A copy where these values (and the empty field) are missing, instead of Tablesaw's default markers. */
    public CsvOptions missingValues(String... missingValues) {
        return new CsvOptions(columnTypes, Checks.asList("missingValues", missingValues), delimiter, header, threads);
    }

    /** A copy with another delimiter, such as {@code ';'} or {@code '\t'}. */
    public CsvOptions delimiter(char delimiter) {
        return new CsvOptions(columnTypes, missingValues, delimiter, header, threads);
    }

    /** A copy that reads the first line as a header or, with false, as data. */
    public CsvOptions header(boolean header) {
        return new CsvOptions(columnTypes, missingValues, delimiter, header, threads);
    }

    /** A copy that parses on {@code threads} threads (-1: every core). */
    public CsvOptions threads(int threads) {
        return new CsvOptions(columnTypes, missingValues, delimiter, header, threads);
    }
}
