package io.github.prepkit.encode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.StringColumnType;

/**
 * The levels of a string column: its distinct non-empty strings in {@link String#compareTo} order (pandas'
 * and scikit-learn's order for text without characters outside the Basic Multilingual Plane), or in an order given. Rows are read
 * through {@link StringCodes}, so each distinct string is looked up once, not once per row.
 */
final class StringLevels extends Levels {

    private final Map<String, Integer> levelOf = new HashMap<>();

    private StringLevels(List<String> names) {
        super(names);
        for (int level = 0; level < names.size(); level++) {
            levelOf.put(names.get(level), level);
        }
    }

    /** Counts each distinct present string of {@code column}. */
    static Tally tally(StringColumn column) {
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
        return new Tally(List.copyOf(countOf.keySet()), countOf.values().stream().mapToInt(Integer::intValue).toArray());
    }

    /** The levels named {@code names}, as {@link Levels#of} checks them. */
    static StringLevels of(List<String> names, String what) {
        for (int level = 0; level < names.size(); level++) {
            String name = names.get(level);
            if (StringColumn.valueIsMissing(name) || level > 0 && names.get(level - 1).compareTo(name) >= 0) {
                throw new IllegalArgumentException(what + ": level '" + name + "' must not be empty (the missing value)"
                        + " and must sort after the level before it, found " + names);
            }
        }
        return new StringLevels(names);
    }

    /** The levels named {@code names} in the order given, as {@link Levels#given} checks them. */
    static StringLevels inOrder(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (StringColumn.valueIsMissing(name) || !seen.add(name)) {
                throw new IllegalArgumentException(what + ": level '" + name + "' must not be empty (the missing value)"
                        + " nor repeated, found " + names);
            }
        }
        return new StringLevels(names);
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
    Column<?> column(String name, ColumnType type, int[] levelOf) {
        String[] values = new String[levelOf.length];
        for (int row = 0; row < values.length; row++) {
            values[row] = levelOf[row] >= 0 ? names().get(levelOf[row]) : StringColumnType.missingValueIndicator();
        }
        return StringColumn.create(name, values);
    }

    @Override
    String nameAt(Column<?> column, int row) {
        return ((StringColumn) column).get(row);
    }
}
