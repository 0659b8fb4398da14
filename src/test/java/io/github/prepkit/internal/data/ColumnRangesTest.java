package io.github.prepkit.internal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class ColumnRangesTest {

    private static final double NaN = Double.NaN;

    @Test
    void rangesSkipMissingValuesAndUnite() {
        ColumnRanges ranges = ColumnRanges.of(new double[] {1, NaN, -2, 5, NaN, 5}, 2);
        assertEquals(-2, ranges.low(0));
        assertEquals(5, ranges.low(1));
        assertEquals(5, ranges.magnitude(1));
        assertEquals(3, ranges.largestSpread(), "column 0 spreads from -2 to 1");
        ColumnRanges union = ranges.union(ColumnRanges.of(new double[] {-7, 6}, 2));
        assertEquals(-7, union.low(0));
        assertEquals(8, union.largestSpread());
        assertEquals(7, union.largestMagnitude());
        assertEquals(0, ColumnRanges.of(new double[] {NaN, NaN}, 1).magnitude(0), "no value: magnitude 0");
    }

    @Test
    void ordinarySpreadsAreLeftUnscaled() {
        assertTrue(ColumnRanges.of(new double[] {1, 2, 3, -4}, 2).differenceScale(2).isOne());
        assertTrue(ColumnRanges.of(new double[] {5}, 1).differenceScale(2).isOne(), "a single value has no spread");
    }

    @Test
    void theScaleComesFromTheLargestSpreadNotTheLargestValue() {
        // a column constant at 1e308 differs by 0 from row to row: the other column's spread decides
        assertTrue(ColumnRanges.of(new double[] {1e308, 1, 1e308, 2}, 2).differenceScale(2).isOne());
        assertEquals(new BinaryScale(-997), ColumnRanges.of(new double[] {1e300, 1, -1e300, 2}, 2).differenceScale(2),
                "a spread of 2e300 comes to [1, 2)");
        assertEquals(new BinaryScale(-1023), ColumnRanges.of(new double[] {-1e308, 1e308}, 1).differenceScale(2),
                "a spread beyond the double range counts as the largest double");
        assertEquals(new BinaryScale(664), ColumnRanges.of(new double[] {0, Math.scalb(1.5, -664)}, 1)
                .differenceScale(2));
    }

    @Test
    void valuesAreNotScaledUpNearOverflowing() {
        // a spread of 2^-700 wants 2^700, but 1e300 times that would overflow
        ColumnRanges ranges = ColumnRanges.of(new double[] {1e300, 0, 1e300, Math.scalb(1.0, -700)}, 2);
        BinaryScale scale = ranges.differenceScale(2);
        assertEquals(1022 - 996, scale.exponent());
        assertTrue(Double.isFinite(scale.apply(1e300)));
        assertTrue(ColumnRanges.of(new double[] {Double.MAX_VALUE, 0, Double.MAX_VALUE, 1e-300}, 2).differenceScale(2)
                .isOne());
    }

    @Test
    void acceptsAScaleThatBringsTheSpreadsIntoRange() {
        ColumnRanges huge = ColumnRanges.of(new double[] {1e300, -1e300}, 1);
        assertTrue(huge.accepts(huge.differenceScale(2), 2));
        assertTrue(huge.accepts(new BinaryScale(-990), 2), "any scale that keeps the squares in range serves");
        assertFalse(huge.accepts(BinaryScale.ONE, 2));
        assertFalse(ColumnRanges.of(new double[] {1e308, 0}, 1).accepts(new BinaryScale(10), 1), "it would overflow");
    }

    @Test
    void aFarConstantIsOneWhoseSquareTheScaleLeavesOutOfRange() {
        ColumnRanges ranges = ColumnRanges.of(new double[] {1e308, 3, 1e308, 4}, 2);
        assertTrue(ranges.isFarConstant(0, BinaryScale.ONE));
        assertFalse(ranges.isFarConstant(1, BinaryScale.ONE), "not constant");
        assertFalse(ranges.isFarConstant(0, new BinaryScale(-1023)), "scaled, its square is ordinary");
        assertFalse(ColumnRanges.of(new double[] {0.1, 0.1}, 1).isFarConstant(0, BinaryScale.ONE));
    }

    @Test
    void columnArraysGiveTheRowMajorRangesAndTheirSums() {
        double[][] columns = {{1, NaN, 5, -3, 2}, {-2, 5, 7, 7, 0.5}};
        double[] rowMajor = new double[10];
        for (int i = 0; i < 5; i++) {
            rowMajor[2 * i] = columns[0][i];
            rowMajor[2 * i + 1] = columns[1][i];
        }
        double[] sums = new double[2];
        ColumnRanges ranges = ColumnRanges.ofColumns(columns, sums);
        ColumnRanges expected = ColumnRanges.of(rowMajor, 2);
        for (int j = 0; j < 2; j++) {
            assertEquals(expected.low(j), ranges.low(j));
            assertEquals(expected.magnitude(j), ranges.magnitude(j));
        }
        assertEquals(expected.largestSpread(), ranges.largestSpread());
        assertTrue(Double.isNaN(sums[0]), "a missing value makes the sum NaN");
        assertEquals(17.5, sums[1]);
        assertEquals(3, ColumnRanges.ofColumns(new double[][] {{3}}).low(0), "one value");
    }

    @Test
    void columnsGiveTheRangesOfTheirRowMajorForm() {
        SplittableRandom random = new SplittableRandom(3);
        Table table = Table.create("t");
        for (int j = 0; j < 3; j++) {
            table.addColumns(DoubleColumn.create("x" + j, random.doubles(500, -1e3 * (j + 1), 1e2).toArray()));
        }
        table.addColumns(DoubleColumn.create("constant", new double[500]).set(0, -0.0));
        ColumnRanges byColumns = ColumnRanges.ofColumns(FeatureColumns.of(table, "test").arrays());
        ColumnRanges byRows = ColumnRanges.of(FeatureMatrix.of(table, "test").values(), 4);
        for (int j = 0; j < 4; j++) {
            assertEquals(byRows.low(j), byColumns.low(j));
            assertEquals(byRows.magnitude(j), byColumns.magnitude(j));
        }
        assertEquals(byRows.largestSpread(), byColumns.largestSpread());
    }

    @Test
    void noColumnsForSomeValuesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ColumnRanges.of(new double[] {1, 2}, 0));
        assertEquals(0, ColumnRanges.of(new double[0], 0).largestSpread());
    }

    @Test
    void aTrailingPartialRowCountsToo() {
        ColumnRanges ranges = ColumnRanges.of(new double[] {1, 2, 3, -4, -9}, 2);
        assertEquals(-9, ranges.low(0));
        assertEquals(-4, ranges.low(1));
    }
}
