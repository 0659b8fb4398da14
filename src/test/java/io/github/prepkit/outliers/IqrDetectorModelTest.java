package io.github.prepkit.outliers;

import static io.github.prepkit.outliers.IqrDetectorTest.table;
import static io.github.prepkit.reference.ModelAssertions.assertRejected;
import static io.github.prepkit.reference.TableAssertions.assertTableIdentical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.prepkit.data.Datasets;
import io.github.prepkit.data.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
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

    @Test
    void ofRebuildsTheFittedModelFromItsState() {
        Table wine = Datasets.load("wine");
        for (IqrDetector detector : List.of(new IqrDetector(), new IqrDetector(0.7, List.of("magnesium", "ash")))) {
            IqrDetectorModel model = detector.fit(wine);
            IqrDetectorModel rebuilt = IqrDetectorModel.of(model.estimator(), model.schema(), model.columns(),
                    model.q1(), model.q3());
            assertTableIdentical(model.flag(wine), rebuilt.flag(wine));
            assertArrayEquals(model.lowerFence(), rebuilt.lowerFence());
            assertArrayEquals(model.upperFence(), rebuilt.upperFence());
            assertEquals(detector, rebuilt.estimator());
        }
    }

    @Test
    void ofRejectsAStateThatFitCouldNotHaveMade() {
        IqrDetector detector = new IqrDetector().columns("a");
        Schema schema = Schema.of(List.of("a", "b"), List.of(ColumnType.DOUBLE, ColumnType.INTEGER));
        List<String> a = List.of("a");
        assertRejected(() -> IqrDetectorModel.of(detector, schema, a, new double[] {8}, new double[] {7}),
                "IqrDetectorModel: column 'a' has q1 8.0 above q3 7.0");
        assertRejected(() -> IqrDetectorModel.of(detector, schema, a, new double[] {Double.NaN}, new double[] {7}),
                "IqrDetectorModel: q1 must be finite, found NaN at index 0");
        assertRejected(() -> IqrDetectorModel.of(detector, schema, a, new double[] {1}, new double[] {7, 8}),
                "IqrDetectorModel: q3 must hold 1 values, found 2");
        assertRejected(() -> IqrDetectorModel.of(detector, schema, List.of("b"), new double[] {1}, new double[] {7}),
                "IqrDetectorModel: the columns parameter [a] selects [a] on the fitted columns, but the state is for [b]");
        assertRejected(() -> IqrDetectorModel.of(detector.columns("z"), schema, List.of("z"), new double[] {1},
                new double[] {7}), "IqrDetectorModel: column 'z' is not among the fitted columns");
        assertRejected(() -> IqrDetectorModel.of(detector, null, a, new double[] {1}, new double[] {7}),
                "IqrDetectorModel: schema must not be null");
    }

    @Test
    void itPrintsItsColumnsThresholdAndQuartiles() {
        assertEquals("IqrDetectorModel on [a]: threshold 1.5, q1 [3.25], q3 [7.75]",
                new IqrDetector().fit(table(100)).toString());
    }
}
