package io.github.prepkit.outliers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.prepkit.reference.Extremes;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ZScoreDetectorTest {

    /**
     * a: mean 1, population std sqrt(90 / 10) = 3, so z = 1/3 for rows 0-8 and exactly 3 for row 9;
     * k: constant; c: mean 0, std 1, z = 1 everywhere.
     */
    static Table table() {
        return Table.create("t",
                StringColumn.create("id", "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9"),
                DoubleColumn.create("a", new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 10}),
                IntColumn.create("k", new int[] {5, 5, 5, 5, 5, 5, 5, 5, 5, 5}),
                DoubleColumn.create("c", new double[] {1, -1, 1, -1, 1, -1, 1, -1, 1, -1}));
    }

    @Test
    void aConstantColumnWithAnInexactMeanStillScoresZero() {
        Table tenths = Table.create("t", DoubleColumn.create("x", new double[] {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}));
        assertArrayEquals(new double[7], new ZScoreDetector().fit(tenths).scores(tenths));
    }

    @Test
    void columnsNarrowsTheExaminedColumns() {
        ZScoreDetectorModel model = new ZScoreDetector().columns("c").fit(table());
        assertEquals(List.of("c"), model.columns());
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, model.scores(table()), 1e-15);
    }

    @Test
    void aSingleRowHasNoOutlier() {
        Table one = Table.create("t", DoubleColumn.create("x", new double[] {4}));
        assertArrayEquals(new boolean[1], new ZScoreDetector().fit(one).outliers(one));
    }

    @Test
    void fluentMethodsReturnCopiesAndReadBack() {
        ZScoreDetector defaults = new ZScoreDetector();
        ZScoreDetector changed = defaults.threshold(2).columns("a");
        assertEquals(3, defaults.threshold());
        assertEquals(List.of(), defaults.columns());
        assertEquals(new ZScoreDetector(2, List.of("a")), changed);
        assertEquals(2, changed.fit(table()).threshold());
    }

    @Test
    void badInputFailsNamingTheProblem() {
        assertEquals("ZScoreDetector: threshold must be a finite number >= 0, found -1.0",
                assertThrows(IllegalArgumentException.class, () -> new ZScoreDetector().threshold(-1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ZScoreDetector().threshold(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new ZScoreDetector(3, null));
        assertEquals("ZScoreDetector: cannot fit on an empty table (0 rows)",
                assertThrows(IllegalArgumentException.class, () -> new ZScoreDetector().fit(table().emptyCopy())).getMessage());
        assertEquals("ZScoreDetector: column 'id' must be numeric, found STRING",
                assertThrows(IllegalArgumentException.class, () -> new ZScoreDetector().columns("id").fit(table())).getMessage());
        Table gap = table();
        gap.doubleColumn("c").setMissing(4);
        assertEquals("ZScoreDetector: column 'c' has a missing value at row 4; outlier detection needs complete,"
                + " finite rows: impute the missing values first (e.g. with KNNImputer) or drop those rows",
                assertThrows(IllegalArgumentException.class, () -> new ZScoreDetector().fit(gap)).getMessage());
    }

    @Test
    void extremeMagnitudesGiveTheOrdinaryStatisticsScaledAndTheSameScores() {
        // numpy's variance of a column near 1e300 overflows, and near 1e-200 underflows to 0
        Table ordinary = Extremes.complete();
        ZScoreDetectorModel base = new ZScoreDetector().threshold(1).fit(ordinary);
        for (int exponent : Extremes.NORMAL_EXPONENTS) {
            Table moved = Extremes.timesPowerOfTwo(ordinary, exponent);
            ZScoreDetectorModel model = new ZScoreDetector().threshold(1).fit(moved);
            Extremes.assertScaled(base.mean(), exponent, model.mean(), "mean at 2^" + exponent);
            Extremes.assertScaled(base.std(), exponent, model.std(), "std at 2^" + exponent);
            assertArrayEquals(base.scores(ordinary), model.scores(moved), "at 2^" + exponent);
            assertArrayEquals(base.outliers(ordinary), model.outliers(moved), "at 2^" + exponent);
        }
        Table constant = Table.create("t", DoubleColumn.create("c", new double[] {1e308, 1e308, 1e308}));
        ZScoreDetectorModel model = new ZScoreDetector().fit(constant);
        assertArrayEquals(new double[] {0}, model.std());
        assertArrayEquals(new double[] {0, 0, 0}, model.scores(constant));
        ZScoreDetectorModel wide = new ZScoreDetector().fit(Table.create("t",
                DoubleColumn.create("x", new double[] {-1e308, 1e308, -1e308, 1e308})));
        assertArrayEquals(new double[] {1e308}, wide.std(), "the variance 1e616 is beyond the range, not the deviation");
        assertArrayEquals(new double[] {1, 1, 1, 1}, wide.scores(Table.create("t",
                DoubleColumn.create("x", new double[] {-1e308, 1e308, -1e308, 1e308}))));
    }
}
