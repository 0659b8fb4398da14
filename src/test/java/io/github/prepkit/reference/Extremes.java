package io.github.prepkit.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.function.Executable;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Hostile numbers for the tests of family 2 ("trustworthy at the edges"): tables moved to the ends of the double range,
 * and the assertion that an infinite value is refused naming the step, the column and the row.
 *
 * <p>An answer at an extreme magnitude is checked against the same data at an ordinary magnitude: multiplying by a
 * power of two is exact, so for data whose largest magnitude is in [1, 2) the scaled answer, scaled back, must be
 * bit for bit the ordinary one.
 */
public final class Extremes {

    /**
     * Binary exponents that move ordinary data near the ends of the double range: about 1e300, 1e-300, 1e-200 and
     * 1e200, and 2^-1060, where values of a few significant bits are subnormal (Double.MIN_VALUE times an integer).
     */
    public static final List<Integer> EXPONENTS = List.of(996, -996, -664, 664, -1060);

    /**
     * The exponents of {@link #EXPONENTS} that keep data of the ordinary range normal, where statistics kept as doubles
     * lose no bit (at 2^-1060 they are subnormal, with few bits).
     */
    public static final List<Integer> NORMAL_EXPONENTS = List.of(996, -996, -664, 664);

    private Extremes() {
    }

    /**
     * Ordinary data for those comparisons: two numeric columns whose largest magnitude is in [1, 2), values of a few
     * significant bits (so that they stay exact as subnormal numbers), a gap in each, and a text column.
     */
    public static Table ordinary() {
        double nan = Double.NaN;
        return Table.create("ordinary",
                DoubleColumn.create("x", new double[] {0.25, -1.5, 1.125, nan, 0.5, -0.75, 1.75, 0.375, -0.125}),
                DoubleColumn.create("y", new double[] {1, 1.5, -1.25, 0.0625, nan, 1.875, -0.5, 0.625, 1.25}),
                StringColumn.create("name", "a", "b", "c", "d", "e", "f", "g", "h", "i"));
    }

    /** {@link #ordinary()} without its gaps (rows 3 and 4) and its text column: what detectors and models take. */
    public static Table complete() {
        Table ordinary = ordinary();
        return ordinary.dropRows(3, 4).removeColumns("name");
    }

    /** A copy of {@code table} with every numeric column but {@code kept} multiplied by 2^exponent, as doubles. */
    public static Table timesPowerOfTwo(Table table, int exponent, String... kept) {
        return mapped(table, v -> Math.scalb(v, exponent), kept);
    }

    /** A copy of {@code table} with every numeric column but {@code kept} multiplied by {@code factor}, as doubles. */
    public static Table times(Table table, double factor, String... kept) {
        return mapped(table, v -> v * factor, kept);
    }

    private static Table mapped(Table table, DoubleUnaryOperator map, String... kept) {
        Table copy = Table.create(table.name());
        for (Column<?> column : table.columns()) {
            if (List.of(kept).contains(column.name()) || !(column instanceof NumericColumn<?> numbers)) {
                copy.addColumns(column.copy());
                continue;
            }
            double[] values = numbers.asDoubleArray();
            for (int i = 0; i < values.length; i++) {
                values[i] = map.applyAsDouble(values[i]);
            }
            copy.addColumns(DoubleColumn.create(column.name(), values));
        }
        return copy;
    }

    /** A copy of {@code table} whose numeric column {@code column} holds {@code value} in {@code row}, as doubles. */
    public static Table withValue(Table table, String column, int row, double value) {
        Table copy = table.copy();
        double[] values = ((NumericColumn<?>) copy.column(column)).asDoubleArray();
        values[row] = value;
        copy.replaceColumn(column, DoubleColumn.create(column, values));
        return copy;
    }

    /**
     * Fails unless {@code action} throws an {@link IllegalArgumentException} saying that column {@code column} has an
     * infinite value in row {@code row}, naming {@code step} (the estimator, or its model's method, e.g.
     * {@code "StandardScalerModel.transform"}).
     */
    public static void assertRefusesInfinity(Executable action, String step, String column, int row) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        String message = e.getMessage();
        assertTrue(message.contains(step), () -> "the message names the step " + step + ": " + message);
        assertTrue(message.contains("column '" + column + "' has an infinite value in row " + row),
                () -> "the message names the column '" + column + "' and row " + row + ": " + message);
    }

    /** Fails unless {@code actual} is {@code expected} times 2^exponent, bit for bit (so also where it rounds). */
    public static void assertScaled(double[] expected, int exponent, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            double want = Math.scalb(expected[i], exponent);
            assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(actual[i]),
                    what + "[" + i + "]: expected " + want + ", found " + actual[i]);
        }
    }
}
