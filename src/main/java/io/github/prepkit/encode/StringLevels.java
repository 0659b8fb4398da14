package io.github.prepkit.encode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * The levels of a string column: its distinct non-empty strings in {@link String#compareTo} order (pandas'
 * and scikit-learn's order for text without characters outside the Basic Multilingual Plane). Rows are read
 * through {@link StringCodes}, so each distinct string is looked up once, not once per row.
 */
final class StringLevels extends Levels {

    private final Map<String, Integer> levelOf = new HashMap<>();

    private StringLevels(List<String> names, int[] counts) {
        super(names, counts);
        for (int level = 0; level < names.size(); level++) {
            levelOf.put(names.get(level), level);
        }
    }

    /** Counts each distinct present string of {@code column}. */
    static StringLevels fit(StringColumn column) {
        StringCodes codes = StringCodes.of(column);
        int[] tally = new int[codes.values().size()];
        for (int code : codes.codes()) {
            tally[code]++;
        }
        Map<String, Integer> countOf = new TreeMap<>();
        for (int code = 0; code < tally.length; code++) {
            String value = codes.values().get(code);
            if (!StringColumn.valueIsMissing(value)) {
                countOf.put(value, tally[code]);
            }
        }
        return new StringLevels(List.copyOf(countOf.keySet()), countOf.values().stream().mapToInt(Integer::intValue).toArray());
    }

    @Override
    int[] indexes(Column<?> column) {
        StringCodes codes = StringCodes.of((StringColumn) column);
        int[] levelOfCode = codes.values().stream().mapToInt(this::indexOf).toArray();
        int[] indexes = codes.codes();
        for (int row = 0; row < indexes.length; row++) {
            indexes[row] = levelOfCode[indexes[row]];
        }
        return indexes;
    }

    private int indexOf(String value) {
        Integer level = levelOf.get(value);
        return level != null ? level : StringColumn.valueIsMissing(value) ? MISSING : UNKNOWN;
    }

    @Override
    String nameAt(Column<?> column, int row) {
        return ((StringColumn) column).get(row);
    }
}
