package io.github.prepkit.outliers;

import static io.github.prepkit.outliers.IqrDetectorTest.table;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Scoring with fitted IQR fences on {@link IqrDetectorTest#table(double)}: quartiles 3.25, 7.75; fences -3.5, 14.5. */
class IqrDetectorModelTest {

    @Test
    void scoresTheDistanceBeyondTheFenceInIqrs() {
        IqrDetectorModel model = new IqrDetector().fit(table(100));
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
        // 10 as the last value does not move the quartiles: lower fence -3.5, and (-3.5 - -8) / 4.5 = 1
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
    void statisticsReadBackAsCopies() {
        IqrDetectorModel model = new IqrDetector().fit(table(100));
        model.q1()[0] = 99;
        model.upperFence()[0] = 99;
        assertEquals(3.25, model.q1()[0]);
        assertEquals(14.5, model.upperFence()[0]);
    }
}
