package io.github.prepkit.encode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.columns.Column;

/**
 * The levels of a numeric column: its distinct present values in increasing order (so 2 comes before 10),
 * named without a fraction when whole ({@code 3}, not {@code 3.0}) and by {@link Double#toString} otherwise
 * ({@code 2.5}), which reads back as the same double. -0.0 and 0.0 are the same level. Values are compared as
 * doubles, so a column fitted as integers accepts the same values read as doubles later.
 */
final class NumericLevels extends Levels {

    private final double[] values;

    private NumericLevels(List<String> names, double[] values) {
        super(names);
        this.values = values;
    }

    /** Sorts a copy of the present values and counts each run of equal values. */
    static Tally tally(NumericColumn<?> column) {
        double[] sorted = Arrays.stream(column.asDoubleArray()).filter(v -> !Double.isNaN(v)).map(v -> v + 0.0).sorted().toArray();
        double[] values = new double[sorted.length];
        int[] counts = new int[sorted.length];
        int distinct = 0;
        for (double value : sorted) {
            if (distinct == 0 || values[distinct - 1] != value) {
                values[distinct++] = value;
            }
            counts[distinct - 1]++;
        }
        return new Tally(Arrays.stream(values, 0, distinct).mapToObj(NumericLevels::name).toList(),
                Arrays.copyOf(counts, distinct));
    }

    /** The levels named {@code names}, as {@link Levels#of} checks them. */
    static NumericLevels of(List<String> names, String what) {
        double[] values = new double[names.size()];
        for (int level = 0; level < values.length; level++) {
            String name = names.get(level);
            values[level] = parse(name);
            if (Double.isNaN(values[level]) || !name(values[level]).equals(name)
                    || level > 0 && !(values[level - 1] < values[level])) {
                throw new IllegalArgumentException(what + ": level '" + name + "' must be a number other than NaN, "
                        + "written as fit writes it, and greater than the level before it, found " + names);
            }
        }
        return new NumericLevels(names, values);
    }

    /** The levels named {@code names}, any way {@link Double#parseDouble} reads them, as {@link Levels#given} checks them. */
    static NumericLevels given(List<String> names, String what) {
        List<String> renamed = new ArrayList<>(names.size());
        double previous = Double.NEGATIVE_INFINITY;
        for (String name : names) {
            double value = parse(name) + 0.0;
            if (Double.isNaN(value) || !renamed.isEmpty() && !(previous < value)) {
                throw new IllegalArgumentException(what + ": level '" + name + "' must be a number other than NaN, "
                        + "greater than the level before it (numeric categories are given in increasing order, as "
                        + "scikit-learn requires), found " + names);
            }
            renamed.add(name(value));
            previous = value;
        }
        return of(renamed, what);
    }

    /** The number {@code name} writes, or NaN if it is none. */
    private static double parse(String name) {
        try {
            return Double.parseDouble(name);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The level name of {@code value}: {@code 3} for a whole number below 1e15 in size, else {@link Double#toString}. */
    static String name(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    @Override
    int[] indexes(Column<?> column) {
        double[] present = ((NumericColumn<?>) column).asDoubleArray();
        int[] indexes = new int[present.length];
        for (int row = 0; row < present.length; row++) {
            double value = present[row];
            int level = Arrays.binarySearch(values, value + 0.0);
            indexes[row] = level >= 0 ? level : Double.isNaN(value) ? MISSING : UNKNOWN;
        }
        return indexes;
    }

    @Override
    Column<?> column(String name, ColumnType type, int[] levelOf) {
        double[] present = new double[levelOf.length];
        for (int row = 0; row < present.length; row++) {
            present[row] = levelOf[row] >= 0 ? values[levelOf[row]] : Double.NaN;
        }
        Column<?> column = type.equals(ColumnType.INTEGER) ? IntColumn.create(name)
                : type.equals(ColumnType.LONG) ? LongColumn.create(name)
                : type.equals(ColumnType.SHORT) ? ShortColumn.create(name)
                : type.equals(ColumnType.FLOAT) ? FloatColumn.create(name) : null;
        if (column == null) {
            return DoubleColumn.create(name, present);
        }
        for (double value : present) {
            if (Double.isNaN(value)) {
                column.appendMissing();
            } else if (column instanceof IntColumn ints) {
                ints.append((int) value);
            } else if (column instanceof LongColumn longs) {
                longs.append((long) value);
            } else if (column instanceof ShortColumn shorts) {
                shorts.append((short) value);
            } else {
                ((FloatColumn) column).append((float) value);
            }
        }
        return column;
    }

    @Override
    String nameAt(Column<?> column, int row) {
        return name(((NumericColumn<?>) column).getDouble(row));
    }
}
