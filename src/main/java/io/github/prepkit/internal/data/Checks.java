package io.github.prepkit.internal.data;

import io.github.prepkit.data.ColumnKind;
import io.github.prepkit.data.Schema;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Argument checks shared by the whole toolkit, so that bad input fails early with a message naming it. */
public final class Checks {

    private Checks() {
    }

    /**
     * Returns {@code value}, or fails if it is null.
     *
     * @throws IllegalArgumentException naming the parameter when {@code value} is null
     */
    public static <T> T notNull(T value, String parameter) {
        if (value == null) {
            throw new IllegalArgumentException(parameter + " must not be null");
        }
        return value;
    }

    /**
     * {@code values} as a list (its elements may be null: the list's own check names them), or fails if the array
     * itself is null: what a varargs parameter such as {@code columns(String...)} is given as {@code (String[]) null}.
     *
     * @throws IllegalArgumentException naming the parameter when {@code values} is null
     */
    @SafeVarargs
    public static <T> List<T> asList(String parameter, T... values) {
        return Arrays.asList(notNull(values, parameter));
    }

    /**
     * An unmodifiable copy of {@code values}, or a failure naming the parameter if it or an element is null (where
     * {@link List#copyOf} would throw a bare NullPointerException).
     *
     * @throws IllegalArgumentException naming the parameter
     */
    public static <T> List<T> noNulls(List<T> values, String parameter) {
        notNull(values, parameter);
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(parameter + " must not contain null, found " + values);
            }
        }
        return List.copyOf(values);
    }

    /**
     * An unmodifiable copy of {@code values}, or a failure naming the parameter if it, a key or a value is null.
     *
     * @throws IllegalArgumentException naming the parameter
     */
    public static <K, V> Map<K, V> noNulls(Map<K, V> values, String parameter) {
        notNull(values, parameter);
        values.forEach((key, value) -> {
            if (key == null || value == null) {
                throw new IllegalArgumentException(parameter + " must not hold null, found " + key + " = " + value);
            }
        });
        return Map.copyOf(values);
    }

    /**
     * An unmodifiable copy of a step's {@code columns} parameter.
     *
     * @throws IllegalArgumentException naming the step if the list is null, holds a null name or names a column twice
     */
    public static List<String> columnNames(List<String> columns, String step) {
        notNull(columns, step + " columns");
        Set<String> seen = new HashSet<>();
        for (String name : columns) {
            if (name == null) {
                throw new IllegalArgumentException(step + ": columns must not contain null, found " + columns);
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException(step + ": column '" + name + "' is listed twice in columns " + columns);
            }
        }
        return List.copyOf(columns);
    }

    /**
     * Returns {@code values}, or fails unless it holds {@code length} values.
     *
     * @param what names the array in the message, e.g. {@code "StandardScalerModel: mean"}
     * @throws IllegalArgumentException if it is null or of another length
     */
    public static double[] length(double[] values, int length, String what) {
        notNull(values, what);
        if (values.length != length) {
            throw new IllegalArgumentException(what + " must hold " + length + " values, found " + values.length);
        }
        return values;
    }

    /**
     * Returns {@code values}, or fails unless it holds {@code length} values.
     *
     * @throws IllegalArgumentException if it is null or of another length
     */
    public static int[] length(int[] values, int length, String what) {
        notNull(values, what);
        if (values.length != length) {
            throw new IllegalArgumentException(what + " must hold " + length + " values, found " + values.length);
        }
        return values;
    }

    /**
     * Returns {@code values}, or fails unless it holds {@code length} values, none of them infinite, nor NaN unless
     * {@code nanAllowed}: {@link #length} and {@link #finite(double[], boolean, String)} at once.
     *
     * @param what names the array in the message, e.g. {@code "StandardScalerModel: mean"}
     * @throws IllegalArgumentException if it is null, of another length, or naming the index of a bad value
     */
    public static double[] finite(double[] values, int length, boolean nanAllowed, String what) {
        return finite(length(values, length, what), nanAllowed, what);
    }

    /**
     * Returns {@code values}, or fails at the first value that is infinite, or NaN unless {@code nanAllowed}.
     *
     * @param what names the array in the message
     * @throws IllegalArgumentException naming the index and the value
     */
    public static double[] finite(double[] values, boolean nanAllowed, String what) {
        for (int i = 0; i < values.length; i++) {
            if (Double.isInfinite(values[i]) || (!nanAllowed && Double.isNaN(values[i]))) {
                throw new IllegalArgumentException(what + " must be finite" + (nanAllowed ? " or NaN" : "")
                        + ", found " + values[i] + " at index " + i);
            }
        }
        return values;
    }

    /**
     * Fails at the first infinite value of the row-major {@code values} of {@code columns} (row i, column j at
     * {@code i * columns.size() + j}; one column: the column's values). The one check by which every numeric step
     * refuses infinity, at fit and at transform or predict, as scikit-learn's "Input contains infinity": an infinite
     * value is no measurement, and passed on it turns other rows' results into infinity or NaN. NaN, a missing value,
     * passes; whether it is allowed is the caller's business.
     *
     * @param step names the step in the message, e.g. {@code "StandardScalerModel.transform"}
     * @param what names the kind of column, e.g. {@code "column"} or {@code "feature column"}
     * @throws IllegalArgumentException naming the step, the column and the row (counted from 0)
     */
    public static void noInfinity(double[] values, List<String> columns, String step, String what) {
        notNull(values, "values");
        notNull(columns, "columns");
        int width = columns.size();
        for (int k = 0; k < values.length; k++) {
            if (Double.isInfinite(values[k])) {
                throw infiniteValue(step, what, columns.get(k % width), k / width);
            }
        }
    }

    /**
     * The failure {@link #noInfinity} raises, for a check made elsewhere (on a Spark cluster, where rows are counted
     * in longs).
     *
     * @param row the first row with an infinite value, counted from 0
     */
    public static IllegalArgumentException infiniteValue(String step, String what, String column, long row) {
        return new IllegalArgumentException(step + ": " + what + " '" + column + "' has an infinite value in row "
                + row);
    }

    /**
     * Fails if the squares of a column of the row-major {@code values} of {@code columns} sum beyond the double range
     * (a column spread over 1e160 and more): for a model whose Gram matrix, gradient or loss would then overflow, and
     * whose answer would change if it scaled the column itself (a penalty, a learning rate, a loss threshold), so that
     * the caller rescales it instead. The sums are taken scaled by a power of two, so they do not overflow themselves.
     *
     * @param what names the kind of column, e.g. {@code "feature column"}
     * @throws IllegalArgumentException naming the step and the column
     */
    public static void finiteSquares(double[] values, List<String> columns, String step, String what) {
        notNull(values, "values");
        notNull(columns, "columns");
        notNull(step, "step");
        notNull(what, "what");
        int width = columns.size();
        if (width == 0 && values.length > 0) {
            throw new IllegalArgumentException(step + ": " + values.length + " values but no " + what);
        }
        double[][] split = new double[width][values.length / width];
        for (int k = 0; k < values.length; k++) {
            split[k % width][k / width] = values[k];
        }
        finiteSquares(split, columns, step, what);
    }

    /**
     * {@link #finiteSquares(double[], List, String, String)} for the values as one array per column. A column whose
     * largest square times the row count stays far below the double range is passed without summing.
     */
    public static void finiteSquares(double[][] values, List<String> columns, String step, String what) {
        notNull(values, "values");
        notNull(columns, "columns");
        notNull(step, "step");
        notNull(what, "what");
        finiteSquares(values, ColumnRanges.ofColumns(values), columns, step, what);
    }

    /**
     * {@link #finiteSquares(double[][], List, String, String)} given the columns' {@code ranges}, as
     * {@link FeatureColumns#ranges()} has them, so that the values are not read once more for them.
     */
    public static void finiteSquares(double[][] values, ColumnRanges ranges, List<String> columns, String step,
            String what) {
        notNull(values, "values");
        notNull(ranges, "ranges");
        notNull(columns, "columns");
        notNull(step, "step");
        notNull(what, "what");
        for (int j = 0; j < values.length; j++) {
            double largest = ranges.magnitude(j);
            if (largest * largest * values[j].length < 0x1p1000) {
                continue;
            }
            BinaryScale scale = BinaryScale.of(largest, 2);
            double squares = 0;
            for (double value : values[j]) {
                double v = scale.apply(value);
                squares += v * v;
            }
            if (Double.isInfinite(scale.undoSquare(squares))) {
                throw new IllegalArgumentException(step + ": " + what + " '" + columns.get(j) + "' is too large for this"
                        + " model (largest magnitude " + largest + "): its sum of squares exceeds the double range, so"
                        + " the model's sums overflow; rescale it first (e.g. with StandardScaler): scaling it inside"
                        + " would change what the model's penalty and step sizes mean");
            }
        }
    }

    /**
     * Returns the column names of {@code schema}, or fails unless it has a column and every column is numeric: the
     * schema of a model that reads every column as a feature, as its validating factory must check it.
     *
     * @param step names the model in the message
     * @throws IllegalArgumentException if the schema is null or empty, or naming a column that is not numeric
     */
    public static List<String> numericFeatures(Schema schema, String step) {
        notNull(schema, step + ": schema");
        if (schema.size() == 0) {
            throw new IllegalArgumentException(step + ": the schema must have at least one feature column");
        }
        return schema.requireSelected(List.of(), schema.names(), ColumnKind.NUMERIC, step);
    }

    /**
     * Returns {@code values}, or fails unless every value is an index from 0 to {@code bound - 1}.
     *
     * @param what names the array in the message
     * @throws IllegalArgumentException naming the first value out of range and its position
     */
    public static int[] indexes(int[] values, int bound, String what) {
        notNull(values, what);
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] >= bound) {
                throw new IllegalArgumentException(what + " must be from 0 to " + (bound - 1) + ", found " + values[i]
                        + " at index " + i);
            }
        }
        return values;
    }

    /**
     * Returns {@code values}, or fails unless it has {@code rows} rows of {@code columns} finite values each.
     *
     * @param what names the matrix in the message
     * @throws IllegalArgumentException if it or a row is null, of another size, or a value is NaN or infinite, naming
     *                                  the row
     */
    public static double[][] finiteMatrix(double[][] values, int rows, int columns, String what) {
        notNull(values, what);
        if (values.length != rows) {
            throw new IllegalArgumentException(what + " must have " + rows + " rows, found " + values.length);
        }
        for (int i = 0; i < rows; i++) {
            finite(values[i], columns, false, what + " row " + i);
        }
        return values;
    }

    /**
     * Returns an unmodifiable copy of {@code subset}, or fails unless it holds some of {@code values}, each once, in
     * their order, as what a fitted model picks from a list does (the columns that get an indicator, the levels
     * grouped as infrequent).
     *
     * @param what names the list in the message, e.g. {@code "SimpleImputerModel: indicatorColumns"}
     * @throws IllegalArgumentException if it is null, or naming its first item that is not among {@code values} or is
     *                                  repeated or out of their order
     */
    public static <T> List<T> orderedSubset(List<T> subset, List<T> values, String what) {
        notNull(subset, what);
        int next = 0;
        for (T item : subset) {
            while (next < values.size() && !values.get(next).equals(item)) {
                next++;
            }
            if (next == values.size()) {
                throw new IllegalArgumentException(what + " must hold some of " + values + ", each once, in their"
                        + " order; '" + item + "' is " + (item != null && values.contains(item) ? "repeated or out of order"
                        : "not among them"));
            }
            next++;
        }
        return List.copyOf(subset);
    }
}
