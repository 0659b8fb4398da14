package io.github.prepkit.outliers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class IqrDetectorTest {

    /** Quartiles by linear interpolation: q1 = 3 + 0.25 = 3.25, q3 = 7 + 0.75 = 7.75, IQR 4.5, fences [-3.5, 14.5]. */
    static Table table(double last) {
        return Table.create("t", DoubleColumn.create("a", new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, last}));
    }

    @Test
    void fencesAreOneAndAHalfIqrBeyondTheQuartiles() {
        IqrDetectorModel model = new IqrDetector().fit(table(100));
        assertArrayEquals(new double[] {3.25}, model.q1(), 1e-15);
        assertArrayEquals(new double[] {7.75}, model.q3(), 1e-15);
        assertArrayEquals(new double[] {-3.5}, model.lowerFence(), 1e-15);
        assertArrayEquals(new double[] {14.5}, model.upperFence(), 1e-15);
        assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, (100 - 14.5) / 4.5}, model.scores(table(100)), 1e-12);
        boolean[] expected = new boolean[10];
        expected[9] = true;
        assertArrayEquals(expected, model.outliers(table(100)));
    }

    @Test
    void aValueOnTheFenceIsNotAnOutlier() {
        IqrDetectorModel model = new IqrDetector().fit(table(14.5));
        assertArrayEquals(new boolean[10], model.outliers(table(14.5)));
        assertArrayEquals(new double[10], model.scores(table(14.5)));
    }

    @Test
    void belowTheLowerFenceCountsToo() {
        IqrDetectorModel model = new IqrDetector().fit(table(10));
        Table low = Table.create("t", DoubleColumn.create("a", new double[] {-8, 0}));
        // q1 3.25, q3 7.75 as above (10 does not move them): lower fence -3.5; (-3.5 - -8) / 4.5 = 1
        assertArrayEquals(new double[] {1, 0}, model.scores(low), 1e-12);
        assertArrayEquals(new boolean[] {true, false}, model.outliers(low));
    }

    @Test
    void aColumnWithIqrZeroFlagsEveryOtherValueWithAnInfiniteScore() {
        Table table = Table.create("t", DoubleColumn.create("a", new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
        IqrDetectorModel model = new IqrDetector().fit(table);
        assertEquals(Double.POSITIVE_INFINITY, model.scores(table)[9]);
        assertEquals(true, model.outliers(table)[9]);
        assertEquals(0, model.scores(table)[0]);
    }

    @Test
    void aRowIsAnOutlierWhenAnyColumnIs() {
        Table table = table(10).addColumns(DoubleColumn.create("b", new double[] {-50, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        assertArrayEquals(new boolean[] {true, false, false, false, false, false, false, false, false, false},
                new IqrDetector().fit(table).outliers(table));
        assertEquals(List.of("b"), new IqrDetector().columns("b").fit(table).columns());
        assertArrayEquals(new boolean[10], new IqrDetector().columns("a").fit(table).outliers(table));
    }

    @Test
    void thresholdMovesTheFences() {
        IqrDetectorModel model = new IqrDetector().threshold(3).fit(table(100));
        assertArrayEquals(new double[] {3.25 - 13.5}, model.lowerFence(), 1e-12);
        assertArrayEquals(new double[] {7.75 + 13.5}, model.upperFence(), 1e-12);
        assertEquals(3, model.threshold());
    }

    @Test
    void fluentMethodsReturnCopiesAndReadBack() {
        IqrDetector defaults = new IqrDetector();
        assertEquals(1.5, defaults.threshold());
        assertEquals(List.of(), defaults.columns());
        assertEquals(new IqrDetector(2, List.of("a")), defaults.threshold(2).columns("a"));
    }

    @Test
    void badInputFailsNamingTheProblem() {
        assertEquals("IqrDetector: threshold must be a finite number >= 0, found Infinity",
                assertThrows(IllegalArgumentException.class,
                        () -> new IqrDetector().threshold(Double.POSITIVE_INFINITY)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new IqrDetector(1.5, null));
        Table infinite = table(Double.NEGATIVE_INFINITY);
        assertEquals("IqrDetector: column 'a' has -Infinity at row 9; outlier detection needs complete, finite rows:"
                + " impute the missing values first (e.g. with KNNImputer) or drop those rows",
                assertThrows(IllegalArgumentException.class, () -> new IqrDetector().fit(infinite)).getMessage());
    }
}
