package io.github.prepkit.internal.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CrossProductSumsTest {

    /** Three columns, four rows, row-major. */
    private static final double[] TABLE = {1, 10, 100, 2, 12, 90, 4, 11, 130, 7, 15, 120};

    private static void assertSame(CrossProducts expected, CrossProducts actual) {
        assertEquals(expected.count(), actual.count());
        assertArrayEquals(expected.featureMeans(), actual.featureMeans(), 1e-12);
        assertEquals(expected.targetMean(), actual.targetMean(), 1e-12);
        assertArrayEquals(expected.xtx(), actual.xtx(), 1e-9);
        assertArrayEquals(expected.xty(), actual.xty(), 1e-9);
        assertEquals(expected.yty(), actual.yty(), 1e-9);
    }

    @Test
    void regressionOfAColumnOnTheOthersMatchesTheDirectCrossProducts() {
        CrossProductSums sums = new CrossProductSums(new double[] {3, 12, 110});
        sums.addAll(TABLE);
        assertEquals(4, sums.count());
        // column 1 on columns 0 and 2
        double[] x = {1, 100, 2, 90, 4, 130, 7, 120};
        assertSame(CrossProducts.of(x, 2, new double[] {10, 12, 11, 15}), sums.regression(1));
    }

    @Test
    void subtractingAndAddingRowsFollowsTheRowsSummed() {
        CrossProductSums sums = new CrossProductSums(new double[3]);
        sums.addAll(TABLE);
        sums.subtract(TABLE, 3);
        CrossProductSums copy = sums.copy();
        sums.add(new double[] {0, 0, 3, 12, 95}, 2);
        // copy: rows 0, 2, 3; sums: rows 0, 2, 3 and (3, 12, 95); target column 0
        assertSame(CrossProducts.of(new double[] {10, 100, 11, 130, 15, 120}, 2, new double[] {1, 4, 7}),
                copy.regression(0));
        assertSame(CrossProducts.of(new double[] {10, 100, 11, 130, 15, 120, 12, 95}, 2, new double[] {1, 4, 7, 3}),
                sums.regression(0));
    }

    @Test
    void badUseFailsNamingTheProblem() {
        CrossProductSums sums = new CrossProductSums(new double[2]);
        assertEquals("a regression needs at least one row and a target column in [0, 2), found 0 rows and target 0",
                assertThrows(IllegalArgumentException.class, () -> sums.regression(0)).getMessage());
        sums.add(new double[] {1, 2}, 0);
        assertThrows(IllegalArgumentException.class, () -> sums.regression(2));
        assertEquals("values must hold whole rows of 2, found 3 values", assertThrows(IllegalArgumentException.class,
                () -> sums.addAll(new double[3])).getMessage());
        assertEquals("shift must hold finite values, found NaN", assertThrows(IllegalArgumentException.class,
                () -> new CrossProductSums(new double[] {Double.NaN})).getMessage());
    }
}
