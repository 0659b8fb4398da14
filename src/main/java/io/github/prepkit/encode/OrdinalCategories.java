package io.github.prepkit.encode;

import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Columns;
import io.github.prepkit.internal.data.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One column's categories in an {@link OrdinalEncoderModel}, as scikit-learn's {@code categories_[i]}: the present
 * categories in code order (code i for the i-th), then, when missing values are a category, the column's missing value
 * ({@link #missingName}), whose code is never written: a missing value becomes {@code encodedMissingValue}.
 */
final class OrdinalCategories {

    private final String column;
    private final ColumnType type;
    private final Levels levels;
    private final boolean missingIsCategory;

    private OrdinalCategories(String column, ColumnType type, Levels levels, boolean missingIsCategory) {
        this.column = column;
        this.type = type;
        this.levels = levels;
        this.missingIsCategory = missingIsCategory;
    }

    /**
     * How the missing value of a column of {@code type} is written among its categories: the empty string for a string
     * column (Tablesaw's missing string), {@code "NaN"} for a numeric one.
     */
    static String missingName(ColumnType type) {
        return ColumnKind.NUMERIC.accepts(type) ? "NaN" : "";
    }

    /**
     * The categories {@code names} of column {@code column} of type {@code type}, the missing value last if it is one;
     * as fit learns them ({@code learned}: sorted) or as given, in the given order.
     *
     * @param what names the categories in messages
     * @throws IllegalArgumentException as {@link Levels#of} or {@link Levels#given}, or if the missing value is not last
     */
    static OrdinalCategories of(String column, ColumnType type, List<String> names, boolean learned, String what) {
        Checks.notNull(names, what);
        boolean numeric = ColumnKind.NUMERIC.accepts(type);
        boolean missing = !names.isEmpty() && missingName(type).equals(names.get(names.size() - 1));
        List<String> present = missing ? names.subList(0, names.size() - 1) : names;
        if (present.isEmpty() && !missing) {
            throw new IllegalArgumentException(what + " must hold at least one category, found none");
        }
        Levels levels = learned ? Levels.of(present, numeric, what) : Levels.given(present, numeric, what);
        return new OrdinalCategories(column, type, levels, missing);
    }

    /**
     * An unmodifiable copy of the categories an encoder is given, sorted by column name, each list checked: not empty,
     * no null, no repeat.
     *
     * @throws IllegalArgumentException naming {@code step}, the column and the problem
     */
    static Map<String, List<String>> frozen(Map<String, List<String>> categories, String step) {
        Checks.notNull(categories, "categories");
        Map<String, List<String>> frozen = new TreeMap<>();
        categories.forEach((column, names) -> {
            Checks.notNull(column, "categories: a column name");
            List<String> checked = Checks.noNulls(names, "categories of column '" + column + "'");
            Set<String> seen = new HashSet<>();
            for (String name : checked) {
                if (!seen.add(name)) {
                    throw new IllegalArgumentException(step + ": categories of column '" + column + "' repeat '" + name
                            + "', found " + checked);
                }
            }
            if (checked.isEmpty()) {
                throw new IllegalArgumentException(step + ": categories of column '" + column + "' must hold at least"
                        + " one category, found none");
            }
            frozen.put(column, List.copyOf(checked));
        });
        return Collections.unmodifiableMap(frozen);
    }

    /** A copy of {@code categories} in which column {@code column} has the categories {@code names}. */
    static Map<String, List<String>> with(Map<String, List<String>> categories, String column, String... names) {
        Checks.notNull(column, "column");
        Map<String, List<String>> changed = new LinkedHashMap<>(categories);
        changed.put(column, Checks.asList("categories", names));
        return changed;
    }

    /**
     * The categories of each column of {@code table} an encoder encodes (those {@code requested}, or every column of
     * {@code kind}), in table order: those {@code given} for it, else its levels sorted, then its missing value if it
     * has one, as scikit-learn's {@code categories="auto"}.
     *
     * @throws IllegalArgumentException if a requested column is missing or of the wrong kind, categories are given for a
     *                                  column that is not encoded, or an encoded numeric column has an infinite value
     */
    static Map<String, List<String>> ofTable(Table table, List<String> requested, ColumnKind kind,
            Map<String, List<String>> given, String step) {
        List<String> encoded = Columns.select(table, requested, kind, step);
        for (String column : given.keySet()) {
            if (!encoded.contains(column)) {
                throw new IllegalArgumentException(step + ": categories are given for column '" + column + "', which is"
                        + " not encoded (the encoded columns are " + encoded + "); name it in columns(...)");
            }
        }
        Map<String, List<String>> byColumn = new LinkedHashMap<>();
        for (String name : encoded) {
            Column<?> values = table.column(name);
            requireFinite(values, step);
            if (given.containsKey(name)) {
                byColumn.put(name, given.get(name));
            } else {
                List<String> names = new ArrayList<>(Levels.tally(values).names());
                if (Columns.countMissing(values) > 0) {
                    names.add(missingName(values.type()));
                }
                byColumn.put(name, names);
            }
        }
        return byColumn;
    }

    /**
     * Fails if {@code values}, a numeric column, has an infinite value, as scikit-learn's "Input contains infinity"; a
     * string column passes.
     *
     * @throws IllegalArgumentException naming the step, the column and the row
     */
    static void requireFinite(Column<?> values, String step) {
        if (values instanceof NumericColumn<?> numbers) {
            Checks.noInfinity(numbers.asDoubleArray(), List.of(values.name()), step, "column");
        }
    }

    /** The encoded column's name. */
    String column() {
        return column;
    }

    /** The categories as scikit-learn's {@code categories_[i]}: the present ones in code order, then the missing value. */
    List<String> names() {
        if (!missingIsCategory) {
            return levels.names();
        }
        List<String> names = new ArrayList<>(levels.names());
        names.add(missingName(type));
        return List.copyOf(names);
    }

    /** Whether missing values are a category (seen at fit, or given), encoded as {@code encodedMissingValue}. */
    boolean missingIsCategory() {
        return missingIsCategory;
    }

    /** The number of categories, the missing one included: what scikit-learn checks the codes it is given against. */
    int size() {
        return levels.names().size() + (missingIsCategory ? 1 : 0);
    }

    /**
     * The first row of {@code values} whose value is not a category (a missing value when it is none), or -1.
     */
    int firstUnknown(Column<?> values) {
        int[] levelOf = levels.indexes(values);
        for (int row = 0; row < levelOf.length; row++) {
            if (levelOf[row] == Levels.UNKNOWN || levelOf[row] == Levels.MISSING && !missingIsCategory) {
                return row;
            }
        }
        return -1;
    }

    /**
     * The codes of {@code values}: a category's index, {@code encodedMissing} for a missing value when it is a
     * category, {@code unknown} for any other value.
     *
     * @param unknown the code of a value that is no category, or null to fail at the first one
     * @throws IllegalArgumentException when {@code unknown} is null, at the first value that is no category
     */
    double[] encode(Column<?> values, double encodedMissing, Double unknown, String step) {
        int[] levelOf = levels.indexes(values);
        double[] codes = new double[levelOf.length];
        for (int row = 0; row < codes.length; row++) {
            int level = levelOf[row];
            if (level >= 0) {
                codes[row] = level;
            } else if (level == Levels.MISSING && missingIsCategory) {
                codes[row] = encodedMissing;
            } else if (unknown != null) {
                codes[row] = unknown;
            } else {
                throw unknownCategory(values, row, step, "transform");
            }
        }
        return codes;
    }

    /** The failure for the value at {@code row}, which is no category, found while {@code doing} (fit or transform). */
    IllegalArgumentException unknownCategory(Column<?> values, int row, String step, String doing) {
        String value = Columns.isMissing(values, row) ? "a missing value" : "category '" + levels.nameAt(values, row) + "'";
        return new IllegalArgumentException(step + ": column '" + column + "' has " + value + " at row " + row
                + ", not among its categories " + names() + " (" + doing + "); use unknownValue(...) to encode unknown"
                + " categories as a code of their own");
    }

    /**
     * The column of categories that {@code codes} stand for, of the type fitted: category i for code i, the missing
     * value for {@code encodedMissing} (when missing values are a category; NaN matches NaN) and for {@code unknown}
     * (scikit-learn's None), the missing category's own index included.
     *
     * @param unknown the code of an unknown category, or null when there is none
     * @throws IllegalArgumentException naming the column and the row of a code that is none of these
     */
    Column<?> decode(NumericColumn<?> codes, double encodedMissing, Double unknown, String step) {
        int rows = codes.size();
        int[] levelOf = new int[rows];
        for (int row = 0; row < rows; row++) {
            double code = codes.getDouble(row);
            if (missingIsCategory && same(code, encodedMissing) || unknown != null && same(code, unknown)) {
                levelOf[row] = Levels.MISSING;
            } else if (code >= 0 && code < size() && code == Math.rint(code)) {
                levelOf[row] = (int) code < levels.names().size() ? (int) code : Levels.MISSING;
            } else {
                throw new IllegalArgumentException(step + ": column '" + column + "' has code " + code + " at row " + row
                        + ", which stands for no category: expected a whole number from 0 to " + (size() - 1)
                        + (missingIsCategory ? ", encodedMissingValue " + encodedMissing : "")
                        + (unknown != null ? ", unknownValue " + unknown : ""));
            }
        }
        return levels.column(column, type, levelOf);
    }

    /** Equal, or both NaN. */
    private static boolean same(double a, double b) {
        return a == b || Double.isNaN(a) && Double.isNaN(b);
    }
}
