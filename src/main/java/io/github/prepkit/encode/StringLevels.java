package io.github.prepkit.encode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * The levels of a string column: its distinct non-empty strings in {@link String#compareTo} order (pandas'
 * and scikit-learn's order for text without characters outside the Basic Multilingual Plane).
 */
final class StringLevels extends Levels {

    private final Map<String, Integer> indexOf = new HashMap<>();

    private StringLevels(List<String> names, int[] counts) {
        super(names, counts);
        for (int level = 0; level < names.size(); level++) {
            indexOf.put(names.get(level), level);
        }
    }

    /** Reads the levels from the column's dictionary, without a pass over the rows. */
    static StringLevels fit(StringColumn column) {
        List<String> names = column.asSet().stream().filter(value -> !StringColumn.valueIsMissing(value)).sorted().toList();
        return new StringLevels(names, names.stream().mapToInt(column::countOccurrences).toArray());
    }

    @Override
    int[] indexes(Column<?> column) {
        StringColumn strings = (StringColumn) column;
        int[] indexes = new int[strings.size()];
        for (int row = 0; row < indexes.length; row++) {
            String value = strings.get(row);
            Integer level = indexOf.get(value);
            indexes[row] = level != null ? level : StringColumn.valueIsMissing(value) ? MISSING : UNKNOWN;
        }
        return indexes;
    }

    @Override
    String nameAt(Column<?> column, int row) {
        return ((StringColumn) column).get(row);
    }
}
